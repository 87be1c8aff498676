package io.civicline.kit.staff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An admin creates an account: its name for good, the details, and a first password. */
public record NewStaffAccount(
    @NotBlank @Size(max = 32) String userName,
    @NotNull @Valid StaffDetails details,
    @NotBlank @Size(max = 200) String password) {}
