package io.civicline.kit.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin sets a password that the user must replace at their next sign-in. */
public record PasswordReset(@NotBlank @Size(max = 200) String password) {}
