package io.civicline.mediation.web;

import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.console.PagerLinks;
import io.civicline.kit.lists.QueueCursor;
import io.civicline.kit.lists.ResultPage;
import io.civicline.mediation.CaseQueues;
import io.civicline.mediation.CaseSearch;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.api.CaseQueueView;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Staff;
import io.civicline.mediation.store.CaseQuery;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's lists: the mediator's own open cases and those waiting for a mediator (its home
 * page; a lead's lists hold the cases they lead), and the way in from a 12345 ticket. The search is
 * {@link SearchPage}.
 */
@ConsoleController
class ConsolePages {

  /** The cases of a queue one page shows. */
  static final int QUEUE_SIZE = 50;

  private final CaseSearch cases;
  private final CaseQueues queues;
  private final StaffResolver staffResolver;

  ConsolePages(CaseSearch cases, CaseQueues queues, StaffResolver staffResolver) {
    this.cases = cases;
    this.queues = queues;
    this.staffResolver = staffResolver;
  }

  @GetMapping("/")
  String home() {
    return "redirect:/console";
  }

  /**
   * My cases a page at a time ({@code after} the cursor of the page before), and the first page of
   * those waiting for a mediator, with a link to all of them when there are more.
   */
  @GetMapping("/console")
  String myCases(@RequestParam(required = false) String after, Authentication user, Model model) {
    Staff viewer = staffResolver.of(user);
    QueueCursor from = QueueCursor.of(after);
    CaseQueueView mine =
        viewer.mediator() == null
            ? new CaseQueueView(List.of(), null)
            : CaseQueueView.of(queues.mine(viewer, QUEUE_SIZE, from));
    CaseQueueView waiting = CaseQueueView.of(queues.waiting(viewer, QUEUE_SIZE, null));
    model.addAttribute("mine", mine.items());
    PagerLinks.of("/console", after, mine.next()).addTo(model);
    model.addAttribute("waiting", waiting.items());
    model.addAttribute("moreWaiting", waiting.next() != null);
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
}
