package io.civicline.hotline.api;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.IntakeDesk;
import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.TicketLists;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.store.AtRiskList;
import io.civicline.kit.lists.ListPage;
import io.civicline.kit.lists.PageView;
import io.civicline.kit.lists.QueueCursor;
import io.civicline.kit.problem.ForbiddenException;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Intake, reading and search of tickets. The lifecycle actions are in {@link TicketActions}. */
@RestController
@RequestMapping("/api/tickets")
class TicketController {

  private final IntakeDesk intake;
  private final TicketDesk desk;
  private final TicketLists lists;
  private final StaffResolver staff;
  private final AtRiskList atRisk;
  private final TicketResponses responses;

  private final ZoneId zone;

  TicketController(
      IntakeDesk intake,
      TicketDesk desk,
      TicketLists lists,
      StaffResolver staff,
      AtRiskList atRisk,
      TicketResponses responses,
      ReferenceData reference) {
    this.intake = intake;
    this.desk = desk;
    this.lists = lists;
    this.responses = responses;
    this.staff = staff;
    this.atRisk = atRisk;
    this.zone = ZoneId.of(reference.city().zone());
  }

  @PostMapping
  ResponseEntity<TicketView> receive(
      @Valid @RequestBody ReceiveTicketRequest request, Authentication user) {
    Ticket ticket = intake.receive(request.toCommand(user.getName()));
    return ResponseEntity.created(URI.create("/api/tickets/" + ticket.id()))
        .eTag(TicketResponses.etag(ticket))
        .body(responses.view(ticket, staff.of(user)));
  }

  @GetMapping("/{id}")
  ResponseEntity<TicketView> get(@PathVariable String id, Authentication user) {
    Ticket ticket = desk.get(id);
    Staff viewer = staff.of(user);
    if (!viewer.reads(ticket)) {
      throw new ForbiddenException("This ticket is not with your department.");
    }
    return responses.ok(ticket, viewer);
  }

  /**
   * Search: every filter optional, newest first, paged without counting every match (the next page
   * is {@code after} the answer's {@code next}); with {@code fact}, the tickets behind that figure
   * (the drill-down of the manager dashboard).
   */
  @GetMapping
  PageView<TicketSummary> search(
      @ParameterObject SearchParameters parameters, Authentication user) {
    Staff viewer = staff.of(user);
    ListScope.checkText(viewer, parameters.q());
    String department = ListScope.departmentOf(viewer, blankToNull(parameters.department()));
    return PageView.of(
        lists.search(parameters.toQuery(department, zone, 20), viewer, "GET /api/tickets"),
        TicketSummary::of);
  }

  /**
   * 预警: open tickets at risk or overdue, nearest deadline first, with each department's counts;
   * department staff see their own department's only. The next page is {@code after} the answer's
   * {@code next}.
   */
  @GetMapping("/at-risk")
  AtRiskView atRisk(
      @RequestParam(required = false) String department,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) String after,
      Authentication user) {
    ListPage listPage = SearchParameters.listPage(page, size, after);
    String scope = ListScope.departmentOf(staff.of(user), blankToNull(department));
    return AtRiskView.of(atRisk.of(scope, listPage));
  }

  /**
   * The tickets waiting for this user, the first {@code size}: the agents' oldest first; a
   * department's urged, at-risk and overdue first, then the rest, each nearest deadline first. The
   * paged form is {@link #queuePage}.
   */
  @GetMapping("/queue")
  List<TicketSummary> queue(@RequestParam(defaultValue = "50") int size, Authentication user) {
    return queuePage(size, null, user).items();
  }

  /**
   * The queue a page at a time, in the same order: the next page is {@code after} the answer's
   * {@code next} (null on the last).
   */
  @GetMapping("/queue/page")
  QueuePageView queuePage(
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String after,
      Authentication user) {
    SearchParameters.checkSize(size);
    return QueuePageView.of(lists.queueOf(staff.of(user), size, QueueCursor.of(after)));
  }
}
