package io.civicline.hotline.web;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.api.TicketSummary;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.hotline.store.TicketPage;
import io.civicline.hotline.store.TicketQuery;
import io.civicline.kit.console.ConsoleController;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's lists: the user's queue (its home page) and the ticket search. */
@ConsoleController
class ConsolePages {

  static final int QUEUE_SIZE = 50;
  static final int PAGE_SIZE = 20;
  static final int MAX_PAGE = 10_000;
  static final int MAX_TEXT = 100;

  private final TicketDesk desk;
  private final StaffResolver staffResolver;

  ConsolePages(TicketDesk desk, StaffResolver staffResolver) {
    this.desk = desk;
    this.staffResolver = staffResolver;
  }

  @GetMapping("/")
  String home() {
    return "redirect:/console";
  }

  @GetMapping("/console")
  String queue(Authentication user, Model model) {
    Staff staff = staffResolver.of(user);
    model.addAttribute(
        "rows", desk.queueOf(staff, QUEUE_SIZE).stream().map(TicketSummary::of).toList());
    return "console/queue";
  }

  /** Every filter optional and forgiving: an unknown status or a page out of range is ignored. */
  @GetMapping("/console/search")
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String overdue,
      @RequestParam(required = false) String page,
      Authentication user,
      Model model) {
    Staff staff = staffResolver.of(user);
    String text = blankToNull(q);
    if (text != null && text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    TicketStatus wanted = statusOf(status);
    Boolean onlyOverdue = "true".equals(overdue) ? Boolean.TRUE : null;
    int number = pageOf(page);
    String department = staff.isAgent() || staff.department() == null ? null : staff.department();
    TicketPage found =
        desk.search(
            new TicketQuery(
                wanted,
                blankToNull(district),
                blankToNull(category),
                onlyOverdue,
                department,
                text,
                number,
                PAGE_SIZE));
    model.addAttribute("rows", found.items().stream().map(TicketSummary::of).toList());
    model.addAttribute("page", number);
    model.addAttribute("hasNext", found.hasNext());
    model.addAttribute("q", text == null ? "" : text);
    model.addAttribute("status", wanted == null ? "" : wanted.name());
    model.addAttribute("district", district == null ? "" : district);
    model.addAttribute("category", category == null ? "" : category);
    model.addAttribute("overdue", onlyOverdue != null);
    model.addAttribute("statuses", Arrays.stream(TicketStatus.values()).map(Enum::name).toList());
    return "console/search";
  }

  private static TicketStatus statusOf(String value) {
    List<TicketStatus> all = Arrays.asList(TicketStatus.values());
    return all.stream().filter(s -> s.name().equals(value)).findFirst().orElse(null);
  }

  private static int pageOf(String value) {
    try {
      int page = Integer.parseInt(value == null ? "0" : value.strip());
      return Math.max(0, Math.min(page, MAX_PAGE));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
