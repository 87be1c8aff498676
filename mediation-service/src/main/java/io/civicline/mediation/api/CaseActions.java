package io.civicline.mediation.api;

import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.api.CaseActionRequests.Assign;
import io.civicline.mediation.api.CaseActionRequests.CaseActionRequest;
import io.civicline.mediation.api.CaseActionRequests.Close;
import io.civicline.mediation.api.CaseActionRequests.Decline;
import io.civicline.mediation.api.CaseActionRequests.Extension;
import io.civicline.mediation.api.CaseActionRequests.FollowUp;
import io.civicline.mediation.api.CaseActionRequests.JudicialConfirmation;
import io.civicline.mediation.api.CaseActionRequests.Reopen;
import io.civicline.mediation.api.CaseActionRequests.SessionRecord;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Staff;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One POST per lifecycle action. Each answers 200 with the changed case, 400 naming the bad fields,
 * 409 with the current one when the case changed since the user saw it or its state forbids the
 * action, 403 when the user's role may not take it, the case is another mediator's or outside the
 * scope a lead leads.
 */
@RestController
@RequestMapping("/api/cases/{id}")
class CaseActions {

  private final MediationDesk desk;
  private final StaffResolver staff;
  private final CaseViews views;

  CaseActions(MediationDesk desk, StaffResolver staff, CaseViews views) {
    this.desk = desk;
    this.staff = staff;
    this.views = views;
  }

  /** To a mediator (and body); a case under mediation is reassigned. */
  @PostMapping("/assign")
  ResponseEntity<CaseView> assign(
      @PathVariable String id,
      @Valid @RequestBody Assign body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/sessions")
  ResponseEntity<CaseView> holdSession(
      @PathVariable String id,
      @Valid @RequestBody SessionRecord body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/extend")
  ResponseEntity<CaseView> extend(
      @PathVariable String id,
      @Valid @RequestBody Extension body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/close")
  ResponseEntity<CaseView> close(
      @PathVariable String id,
      @Valid @RequestBody Close body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/follow-up")
  ResponseEntity<CaseView> followUp(
      @PathVariable String id,
      @Valid @RequestBody FollowUp body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/judicial-confirmation")
  ResponseEntity<CaseView> confirmJudicially(
      @PathVariable String id,
      @Valid @RequestBody JudicialConfirmation body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/reopen")
  ResponseEntity<CaseView> reopen(
      @PathVariable String id,
      @Valid @RequestBody Reopen body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/decline")
  ResponseEntity<CaseView> decline(
      @PathVariable String id,
      @Valid @RequestBody Decline body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  private ResponseEntity<CaseView> take(
      String id, CaseActionRequest request, String ifMatch, Authentication user) {
    Staff by = staff.of(user);
    Long version = CaseResponses.expectedVersion(ifMatch, request.version());
    MediationCase done = request.takeAt(desk, id, version, by);
    return CaseResponses.ok(done, views.of(done, by));
  }
}
