package io.civicline.hotline.staff;

import io.civicline.kit.staff.StaffDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An admin edits an account's details, as they saw it at {@code version}. */
record StaffEdit(@NotNull @Valid StaffDetails details, Long version) {}
