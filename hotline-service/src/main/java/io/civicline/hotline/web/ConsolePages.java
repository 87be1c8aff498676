package io.civicline.hotline.web;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketLists;
import io.civicline.hotline.api.ListScope;
import io.civicline.hotline.api.QueuePageView;
import io.civicline.hotline.api.SearchParameters;
import io.civicline.hotline.api.TicketSummary;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.hotline.store.DrillDown;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.console.OpenToManagers;
import io.civicline.kit.console.PagerLinks;
import io.civicline.kit.lists.QueueCursor;
import io.civicline.kit.lists.ResultPage;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's lists: the user's queue (its home page) and the ticket search, whose URL takes the
 * API's parameters, so that the manager dashboard links its figures to the tickets behind them.
 */
@ConsoleController
class ConsolePages {

  static final int QUEUE_SIZE = 50;
  static final int PAGE_SIZE = 20;

  private final TicketLists lists;
  private final StaffResolver staffResolver;
  private final ZoneId zone;

  ConsolePages(TicketLists lists, StaffResolver staffResolver, ReferenceData reference) {
    this.lists = lists;
    this.staffResolver = staffResolver;
    this.zone = ZoneId.of(reference.city().zone());
  }

  @GetMapping("/")
  String home() {
    return "redirect:/console";
  }

  /**
   * A page of the queue, {@code after} the cursor of the one before; a manager, who has none, goes
   * to the search.
   */
  @OpenToManagers
  @GetMapping("/console")
  String queue(@RequestParam(required = false) String after, Authentication user, Model model) {
    Staff staff = staffResolver.of(user);
    if (staff.readsListsOnly()) {
      return "redirect:/console/search";
    }
    QueuePageView page = QueuePageView.of(lists.queueOf(staff, QUEUE_SIZE, QueueCursor.of(after)));
    model.addAttribute("rows", page.items());
    PagerLinks.of("/console", after, page.next()).addTo(model);
    return "console/queue";
  }

  /** A bad parameter shows what is wrong above an empty list. */
  @OpenToManagers
  @GetMapping("/console/search")
  String search(SearchParameters search, Authentication user, Model model) {
    Staff staff = staffResolver.of(user);
    ListScope.checkText(staff, search.q());
    String department = ListScope.departmentOf(staff, blankToNull(search.department()));
    model.addAttribute("search", search);
    model.addAttribute("statuses", Arrays.stream(TicketStatus.values()).map(Enum::name).toList());
    model.addAttribute("facts", DrillDown.figures());
    model.addAttribute("rows", List.of());
    try {
      ResultPage<Ticket> found =
          lists.search(search.toQuery(department, zone, PAGE_SIZE), staff, "GET /console/search");
      model.addAttribute("rows", found.items().stream().map(TicketSummary::of).toList());
      boolean firstPage = found.page() == 0 && blankToNull(search.after()) == null;
      model.addAttribute("first", firstPage ? null : SearchLinks.first(search));
      model.addAttribute(
          "next", found.hasNext() ? SearchLinks.next(search, found.next().token()) : null);
    } catch (InvalidRequestException e) {
      model.addAttribute(
          "invalid",
          e.fields().stream()
              .map(FieldProblem::field)
              .distinct()
              .collect(Collectors.joining(", ")));
    }
    return "console/search";
  }
}
