package io.civicline.mediation.web;

import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.lists.ResultPage;
import io.civicline.mediation.CaseSearch;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.api.CaseSummary;
import io.civicline.mediation.domain.CaseStatus;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Staff;
import io.civicline.mediation.store.CaseQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's lists: the mediator's own open cases and those waiting for a mediator (its home
 * page; a lead's lists hold the cases they lead), and the way in from a 12345 ticket. The search is
 * {@link SearchPage}.
 */
@ConsoleController
class ConsolePages {

  /** Enough for any one mediator's open cases; the search finds the rest. */
  static final int LIST_SIZE = 200;

  /** Overdue first, then the nearest deadline. */
  static final Comparator<CaseSummary> MOST_URGENT_FIRST =
      Comparator.comparing(CaseSummary::overdue)
          .reversed()
          .thenComparing(
              CaseSummary::deadline, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

  private final CaseSearch cases;
  private final StaffResolver staffResolver;

  ConsolePages(CaseSearch cases, StaffResolver staffResolver) {
    this.cases = cases;
    this.staffResolver = staffResolver;
  }

  @GetMapping("/")
  String home() {
    return "redirect:/console";
  }

  @GetMapping("/console")
  String myCases(Authentication user, Model model) {
    Staff viewer = staffResolver.of(user);
    List<CaseSummary> mine =
        viewer.mediator() == null
            ? List.of()
            : open(CaseStatus.MEDIATING, viewer.mediator(), viewer);
    model.addAttribute("mine", mine);
    model.addAttribute("waiting", open(CaseStatus.REGISTERED, null, viewer));
    return "console/my-cases";
  }

  /**
   * From a 12345 ticket to its case: the case when the referral has arrived, else the search by the
   * ticket, which says that no case has it yet.
   */
  @GetMapping("/console/cases/by-ticket/{ticketId}")
  String byTicket(@PathVariable String ticketId, Authentication user) {
    String ticket = ticketId.strip();
    ResultPage<MediationCase> found =
        cases.list(CaseQuery.ofTicket(ticket), staffResolver.of(user));
    if (found.items().isEmpty()) {
      return "redirect:"
          + UriComponentsBuilder.fromPath("/console/cases")
              .queryParam("ticket", ticket)
              .encode()
              .toUriString();
    }
    return "redirect:/console/cases/" + found.items().get(0).id();
  }

  private List<CaseSummary> open(CaseStatus status, String mediator, Staff viewer) {
    return cases.list(CaseQuery.ofMediator(status, mediator, LIST_SIZE), viewer).items().stream()
        .map(CaseSummary::of)
        .sorted(MOST_URGENT_FIRST)
        .toList();
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
