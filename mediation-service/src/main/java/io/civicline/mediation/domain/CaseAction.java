package io.civicline.mediation.domain;

/**
 * What can be done to a case: one REST action each (or the system's), and a line in its history.
 */
public enum CaseAction {
  REGISTER,
  DECLINE,
  ASSIGN,
  REASSIGN,
  HOLD_SESSION,
  EXTEND,
  MARK_OVERDUE,
  CLOSE,
  FOLLOW_UP,
  CONFIRM_JUDICIALLY,
  REOPEN
}
