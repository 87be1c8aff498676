package io.civicline.hotline.web;

import io.civicline.hotline.domain.TicketAction;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The actions the ticket page offers, in the order it shows them, each with the last part of the
 * address its form posts to ({@code /console/tickets/{id}/{slug}}, as in the API).
 */
enum ConsoleAction {
  DISPATCH("dispatch", TicketAction.DISPATCH),
  SIGN("sign", TicketAction.SIGN),
  RETURN("return", TicketAction.RETURN),
  REQUEST_EXTENSION("request-extension", TicketAction.REQUEST_EXTENSION),
  GRANT_EXTENSION("grant-extension", TicketAction.GRANT_EXTENSION),
  REFUSE_EXTENSION("refuse-extension", TicketAction.REFUSE_EXTENSION),
  REPLY("reply", TicketAction.REPLY),
  CALLBACK("callback", TicketAction.CALLBACK),
  REOPEN("reopen", TicketAction.REOPEN),
  CLOSE("close", TicketAction.CLOSE),
  REFER("refer", TicketAction.REFER),
  DUPLICATE_OF("duplicate-of", TicketAction.MARK_DUPLICATE),
  SUPERVISE("supervise", TicketAction.SUPERVISE),
  URGE("urge", TicketAction.URGE);

  private final String slug;
  private final TicketAction action;

  ConsoleAction(String slug, TicketAction action) {
    this.slug = slug;
    this.action = action;
  }

  String slug() {
    return slug;
  }

  TicketAction action() {
    return action;
  }

  static Optional<ConsoleAction> ofSlug(String slug) {
    return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
  }

  /** The slugs of the allowed actions, in the page's order. */
  static List<String> slugsOf(Set<TicketAction> allowed) {
    return Arrays.stream(values())
        .filter(a -> allowed.contains(a.action))
        .map(ConsoleAction::slug)
        .toList();
  }
}
