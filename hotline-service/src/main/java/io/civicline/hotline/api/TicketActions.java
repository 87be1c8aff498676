package io.civicline.hotline.api;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.api.TicketActionRequests.Callback;
import io.civicline.hotline.api.TicketActionRequests.Close;
import io.civicline.hotline.api.TicketActionRequests.Dispatch;
import io.civicline.hotline.api.TicketActionRequests.DuplicateOf;
import io.civicline.hotline.api.TicketActionRequests.Extension;
import io.civicline.hotline.api.TicketActionRequests.ExtensionDecision;
import io.civicline.hotline.api.TicketActionRequests.Refer;
import io.civicline.hotline.api.TicketActionRequests.Reopen;
import io.civicline.hotline.api.TicketActionRequests.Reply;
import io.civicline.hotline.api.TicketActionRequests.Return;
import io.civicline.hotline.api.TicketActionRequests.SetPlace;
import io.civicline.hotline.api.TicketActionRequests.Sign;
import io.civicline.hotline.api.TicketActionRequests.Supervise;
import io.civicline.hotline.api.TicketActionRequests.TicketActionRequest;
import io.civicline.hotline.api.TicketActionRequests.Urge;
import io.civicline.hotline.domain.Staff;
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
 * One POST per lifecycle action, its body the action's request record. Each answers 200 with the
 * changed ticket, 409 with the current one when the ticket changed since the user saw it or its
 * status forbids the action, 403 when the user's role or department may not take it.
 */
@RestController
@RequestMapping("/api/tickets/{id}")
class TicketActions {

  private final TicketDesk desk;
  private final StaffResolver staff;
  private final TicketResponses responses;

  TicketActions(TicketDesk desk, StaffResolver staff, TicketResponses responses) {
    this.desk = desk;
    this.staff = staff;
    this.responses = responses;
  }

  @PostMapping("/dispatch")
  ResponseEntity<TicketView> dispatch(
      @PathVariable String id,
      @Valid @RequestBody Dispatch body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/sign")
  ResponseEntity<TicketView> sign(
      @PathVariable String id,
      @Valid @RequestBody(required = false) Sign body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body == null ? new Sign(null, null) : body, ifMatch, user);
  }

  @PostMapping("/return")
  ResponseEntity<TicketView> returnToAgents(
      @PathVariable String id,
      @Valid @RequestBody Return body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/extend")
  ResponseEntity<TicketView> requestExtension(
      @PathVariable String id,
      @Valid @RequestBody Extension body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/extend/decision")
  ResponseEntity<TicketView> decideExtension(
      @PathVariable String id,
      @Valid @RequestBody ExtensionDecision body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/reply")
  ResponseEntity<TicketView> reply(
      @PathVariable String id,
      @Valid @RequestBody Reply body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/callback")
  ResponseEntity<TicketView> callback(
      @PathVariable String id,
      @Valid @RequestBody Callback body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/reopen")
  ResponseEntity<TicketView> reopen(
      @PathVariable String id,
      @Valid @RequestBody Reopen body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/close")
  ResponseEntity<TicketView> close(
      @PathVariable String id,
      @Valid @RequestBody(required = false) Close body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body == null ? new Close(null, null) : body, ifMatch, user);
  }

  @PostMapping("/refer")
  ResponseEntity<TicketView> refer(
      @PathVariable String id,
      @Valid @RequestBody(required = false) Refer body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body == null ? new Refer(null, null) : body, ifMatch, user);
  }

  @PostMapping("/duplicate-of")
  ResponseEntity<TicketView> duplicateOf(
      @PathVariable String id,
      @Valid @RequestBody DuplicateOf body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  @PostMapping("/supervise")
  ResponseEntity<TicketView> supervise(
      @PathVariable String id,
      @Valid @RequestBody(required = false) Supervise body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body == null ? new Supervise(null, null) : body, ifMatch, user);
  }

  @PostMapping("/urge")
  ResponseEntity<TicketView> urge(
      @PathVariable String id,
      @Valid @RequestBody(required = false) Urge body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body == null ? new Urge(null, null) : body, ifMatch, user);
  }

  @PostMapping("/place")
  ResponseEntity<TicketView> setPlace(
      @PathVariable String id,
      @Valid @RequestBody SetPlace body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    return take(id, body, ifMatch, user);
  }

  private ResponseEntity<TicketView> take(
      String id, TicketActionRequest request, String ifMatch, Authentication user) {
    Staff by = staff.of(user);
    Long version = TicketResponses.expectedVersion(ifMatch, request.version());
    return responses.ok(request.applyTo(desk, id, version, by), by);
  }
}
