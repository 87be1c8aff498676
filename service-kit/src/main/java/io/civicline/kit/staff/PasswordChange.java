package io.civicline.kit.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in user replaces their own password; the current one proves it is them. */
public record PasswordChange(
    @NotBlank @Size(max = 200) String currentPassword,
    @NotBlank @Size(max = 200) String newPassword) {}
