package io.civicline.kit.staff;

import java.time.Instant;

/**
 * One entry of an account's history: when, by whom, and what changed (codes and field names, never
 * a password).
 */
public record StaffChange(Instant at, String by, String what) {}
