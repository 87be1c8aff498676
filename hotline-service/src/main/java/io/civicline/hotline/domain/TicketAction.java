package io.civicline.hotline.domain;

/** What can be done to a ticket: one REST action each, and a line in its history. */
public enum TicketAction {
  RECEIVE,
  DISPATCH,
  SIGN,
  RETURN,
  REQUEST_EXTENSION,
  GRANT_EXTENSION,
  REFUSE_EXTENSION,
  REPLY,
  CALLBACK,
  REOPEN,
  CLOSE,
  REFER,
  RECORD_MEDIATION_OUTCOME,
  MARK_DUPLICATE,
  SUPERVISE,
  MARK_OVERDUE,
  MARK_AT_RISK,
  URGE,
  SET_PLACE,
  ATTACH_FILE
}
