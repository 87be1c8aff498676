package io.civicline.mediation.web;

import io.civicline.mediation.domain.CaseAction;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The actions the case page offers, in the order it shows them, each with the last part of the
 * address its form posts to ({@code /console/cases/{id}/{slug}}) and the case actions it stands
 * for: one form assigns a registered case and reassigns one under mediation.
 */
enum ConsoleAction {
  ASSIGN("assign", CaseAction.ASSIGN, CaseAction.REASSIGN),
  SESSION("session", CaseAction.HOLD_SESSION),
  CLOSE("close", CaseAction.CLOSE),
  EXTEND("extend", CaseAction.EXTEND),
  DECLINE("decline", CaseAction.DECLINE),
  FOLLOW_UP("follow-up", CaseAction.FOLLOW_UP),
  CONFIRM_JUDICIALLY("judicial-confirmation", CaseAction.CONFIRM_JUDICIALLY),
  REOPEN("reopen", CaseAction.REOPEN);

  private final String slug;
  private final Set<CaseAction> actions;

  ConsoleAction(String slug, CaseAction first, CaseAction... more) {
    this.slug = slug;
    this.actions = EnumSet.of(first, more);
  }

  /** The slugs of the allowed actions, in the page's order. */
  static List<String> slugsOf(Set<CaseAction> allowed) {
    return Arrays.stream(values())
        .filter(a -> a.actions.stream().anyMatch(allowed::contains))
        .map(a -> a.slug)
        .toList();
  }
}
