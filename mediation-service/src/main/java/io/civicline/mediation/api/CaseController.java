package io.civicline.mediation.api;

import io.civicline.kit.lists.ListPage;
import io.civicline.kit.lists.PageView;
import io.civicline.kit.lists.QueueCursor;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.mediation.CaseQueues;
import io.civicline.mediation.CaseSearch;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.RegisterCase;
import io.civicline.mediation.domain.Staff;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Intake, reading and search of cases. The lifecycle actions are in {@link CaseActions}. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

  private final MediationDesk desk;
  private final IntakeDesk intake;
  private final CaseSearch cases;
  private final CaseQueues queues;
  private final StaffResolver staff;
  private final CaseViews views;

  CaseController(
      MediationDesk desk,
      IntakeDesk intake,
      CaseSearch cases,
      CaseQueues queues,
      StaffResolver staff,
      CaseViews views) {
    this.cases = cases;
    this.queues = queues;
    this.desk = desk;
    this.intake = intake;
    this.staff = staff;
    this.views = views;
  }

  /** 受理, or with a {@code decline} 不予受理 at once. */
  @PostMapping
  ResponseEntity<CaseView> register(
      @Valid @RequestBody RegisterCaseRequest request, Authentication user) {
    Staff by = staff.of(user);
    RegisterCase command = request.toCommand(by.name());
    MediationCase registered =
        request.decline() == null
            ? intake.register(command, by)
            : intake.registerDeclined(
                command, by, request.decline().reason(), request.decline().note());
    return ResponseEntity.created(URI.create("/api/cases/" + registered.id()))
        .eTag(CaseResponses.etag(registered))
        .body(views.of(registered, by));
  }

  /** One case; a lead opens only those of the body or district they lead. */
  @GetMapping("/{id}")
  ResponseEntity<CaseView> get(@PathVariable String id, Authentication user) {
    Staff viewer = staff.of(user);
    MediationCase found = desk.read(id, viewer);
    return CaseResponses.ok(found, views.of(found, viewer));
  }

  /**
   * Search: every filter optional ({@code fact, status, disputeType} or {@code type, district,
   * body, mediator, source, overdue, ticket, from, to, q, size}), newest first, paged without
   * counting every match: the next page is {@code after} the answer's {@code next}. Managers may
   * search too: a row has no personal data. A lead finds the cases of the body or district they
   * lead only.
   */
  @GetMapping
  PageView<CaseSummary> search(SearchParameters parameters, Authentication user) {
    return PageView.of(
        cases.search(parameters.toQuery(desk.rules().zone()), staff.of(user), "GET /api/cases"),
        CaseSummary::of);
  }

  /**
   * The cases under mediation assigned to me, overdue first, then nearest deadline: the next page
   * is {@code after} the answer's {@code next}. Only for a mediator on the roster.
   */
  @GetMapping("/mine")
  CaseQueueView mine(
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String after,
      Authentication user) {
    if (size < 1 || size > ListPage.MAX_SIZE) {
      throw new InvalidRequestException("size", "must be between 1 and " + ListPage.MAX_SIZE);
    }
    return CaseQueueView.of(queues.mine(staff.of(user), size, QueueCursor.of(after)));
  }
}
