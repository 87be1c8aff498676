package io.civicline.mediation.domain;

import io.civicline.events.MediationCaseEventType;
import java.util.Locale;

/**
 * What can be done to a case: one REST action each (or the system's), a line in its history, and
 * the event it causes.
 */
public enum CaseAction {
  REGISTER(MediationCaseEventType.REGISTERED),
  DECLINE(MediationCaseEventType.DECLINED),
  ASSIGN(MediationCaseEventType.ASSIGNED),
  REASSIGN(MediationCaseEventType.REASSIGNED),
  HOLD_SESSION(MediationCaseEventType.SESSION_HELD),
  EXTEND(MediationCaseEventType.EXTENDED),
  MARK_OVERDUE(MediationCaseEventType.MARKED_OVERDUE),
  CLOSE(MediationCaseEventType.CLOSED),
  FOLLOW_UP(MediationCaseEventType.PERFORMANCE_FOLLOWED_UP),
  CONFIRM_JUDICIALLY(MediationCaseEventType.JUDICIALLY_CONFIRMED),
  REOPEN(MediationCaseEventType.REOPENED);

  private final MediationCaseEventType event;

  CaseAction(MediationCaseEventType event) {
    this.event = event;
  }

  /** The type of the event the action causes. */
  public MediationCaseEventType event() {
    return event;
  }

  /** The action in words, for messages: {@code hold session}. */
  public String inWords() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
