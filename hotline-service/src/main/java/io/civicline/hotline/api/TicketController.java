package io.civicline.hotline.api;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.hotline.store.TicketPage;
import io.civicline.kit.problem.ForbiddenException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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

  private final TicketDesk desk;
  private final StaffResolver staff;

  TicketController(TicketDesk desk, StaffResolver staff) {
    this.desk = desk;
    this.staff = staff;
  }

  @PostMapping
  ResponseEntity<TicketView> receive(
      @Valid @RequestBody ReceiveTicketRequest request, Authentication user) {
    Ticket ticket = desk.receive(request.toCommand(user.getName()));
    return ResponseEntity.created(URI.create("/api/tickets/" + ticket.id()))
        .eTag(TicketResponses.etag(ticket))
        .body(TicketView.of(ticket, staff.of(user), desk.now()));
  }

  @GetMapping("/{id}")
  ResponseEntity<TicketView> get(@PathVariable String id, Authentication user) {
    Ticket ticket = desk.get(id);
    Staff viewer = staff.of(user);
    if (!viewer.worksOn(ticket)) {
      throw new ForbiddenException("This ticket is not with your department.");
    }
    return TicketResponses.ok(ticket, viewer, desk.now());
  }

  /** Search: every filter optional, newest first, paged without counting every match. */
  @GetMapping
  TicketPageView search(
      @RequestParam(required = false) TicketStatus status,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      Authentication user) {
    Staff viewer = staff.of(user);
    String onlyDepartment =
        viewer.isAgent() || viewer.department() == null ? department : viewer.department();
    TicketPage found =
        desk.search(
            SearchParameters.check(
                status, district, category, overdue, onlyDepartment, q, page, size));
    return TicketPageView.of(found);
  }

  /** The tickets waiting for this user, oldest first. */
  @GetMapping("/queue")
  List<TicketSummary> queue(@RequestParam(defaultValue = "50") int size, Authentication user) {
    SearchParameters.checkSize(size);
    return desk.queueOf(staff.of(user), size).stream().map(TicketSummary::of).toList();
  }
}
