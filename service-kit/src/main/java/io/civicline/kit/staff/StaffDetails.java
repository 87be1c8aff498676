package io.civicline.kit.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an admin sets on a staff account besides its name and password: the name colleagues see, the
 * one role, and the scope that role works in ({@link StaffRules} says which scope each role needs).
 * A scope the role does not use is blank.
 */
public record StaffDetails(
    @NotBlank @Size(max = 64) String displayName,
    @NotBlank @Size(max = 32) String role,
    @Size(max = 64) String department,
    @Size(max = 64) String mediator,
    @Size(max = 64) String body,
    @Size(max = 64) String district) {

  public StaffDetails {
    displayName = displayName == null ? null : displayName.strip();
    role = blankAsNull(role);
    department = blankAsNull(department);
    mediator = blankAsNull(mediator);
    body = blankAsNull(body);
    district = blankAsNull(district);
  }

  private static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
