package io.civicline.kit.staff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A staff account stored in the city's staff directory. Each change returns the next version with
 * its entry in the history; the password's BCrypt hash never leaves the service.
 *
 * @param passwordChangeRequired whether the password was set by an admin and the user must choose
 *     their own at the next sign-in
 */
public record StaffAccount(
    String userName,
    StaffDetails details,
    boolean enabled,
    @JsonIgnore String passwordHash,
    boolean passwordChangeRequired,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    long version,
    List<StaffChange> history) {

  public StaffAccount {
    history = List.copyOf(history);
  }

  static StaffAccount created(
      String userName, StaffDetails details, String passwordHash, String by, Instant at) {
    return new StaffAccount(
        userName,
        details,
        true,
        passwordHash,
        true,
        at,
        by,
        at,
        by,
        1,
        List.of(new StaffChange(at, by, "created: " + scope(details))));
  }

  StaffAccount edited(StaffDetails next, String by, Instant at) {
    List<String> changes = new ArrayList<>();
    if (!Objects.equals(details.displayName(), next.displayName())) {
      changes.add("displayName");
    }
    if (!scope(details).equals(scope(next))) {
      changes.add(scope(details) + " → " + scope(next));
    }
    String what = changes.isEmpty() ? "edited: nothing changed" : "edited: " + changes;
    return next(next, enabled, passwordHash, passwordChangeRequired, by, at, what);
  }

  StaffAccount passwordReset(String hash, String by, Instant at) {
    return next(details, enabled, hash, true, by, at, "password reset");
  }

  StaffAccount passwordChanged(String hash, Instant at) {
    return next(details, enabled, hash, false, userName, at, "password changed by the user");
  }

  StaffAccount enabled(boolean enable, String by, Instant at) {
    return next(
        details,
        enable,
        passwordHash,
        passwordChangeRequired,
        by,
        at,
        enable ? "enabled" : "disabled");
  }

  private StaffAccount next(
      StaffDetails nextDetails,
      boolean nextEnabled,
      String nextHash,
      boolean changeRequired,
      String by,
      Instant at,
      String what) {
    List<StaffChange> nextHistory = new ArrayList<>(history);
    nextHistory.add(new StaffChange(at, by, what));
    return new StaffAccount(
        userName,
        nextDetails,
        nextEnabled,
        nextHash,
        changeRequired,
        createdAt,
        createdBy,
        at,
        by,
        version + 1,
        nextHistory);
  }

  /** The role and its scope as codes, e.g. {@code DEPARTMENT department=HEATING_CO}. */
  private static String scope(StaffDetails details) {
    StringBuilder scope = new StringBuilder(details.role());
    append(scope, "department", details.department());
    append(scope, "mediator", details.mediator());
    append(scope, "body", details.body());
    append(scope, "district", details.district());
    return scope.toString();
  }

  private static void append(StringBuilder scope, String name, String code) {
    if (code != null) {
      scope.append(' ').append(name).append('=').append(code);
    }
  }
}
