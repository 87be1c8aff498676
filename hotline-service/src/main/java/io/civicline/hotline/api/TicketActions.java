package io.civicline.hotline.api;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.api.TicketActionRequests.Callback;
import io.civicline.hotline.api.TicketActionRequests.Dispatch;
import io.civicline.hotline.api.TicketActionRequests.DuplicateOf;
import io.civicline.hotline.api.TicketActionRequests.Extension;
import io.civicline.hotline.api.TicketActionRequests.ExtensionDecision;
import io.civicline.hotline.api.TicketActionRequests.Note;
import io.civicline.hotline.api.TicketActionRequests.Reason;
import io.civicline.hotline.api.TicketActionRequests.Reply;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
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
 * One POST per lifecycle action. Each answers 200 with the changed ticket, 409 with the current one
 * when the ticket changed since the user saw it or its status forbids the action, 403 when the
 * user's role or department may not take it.
 */
@RestController
@RequestMapping("/api/tickets/{id}")
class TicketActions {

  private static final Note NO_NOTE = new Note(null, null);

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
    Staff by = staff.of(user);
    return done(
        desk.dispatch(
            id, version(ifMatch, body), by, body.department(), body.deadline(), body.note()),
        by);
  }

  @PostMapping("/sign")
  ResponseEntity<TicketView> sign(
      @PathVariable String id,
      @Valid @RequestBody(required = false) Note body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    return done(desk.sign(id, version(ifMatch, orEmpty(body)), by), by);
  }

  @PostMapping("/return")
  ResponseEntity<TicketView> returnToAgents(
      @PathVariable String id,
      @Valid @RequestBody Reason body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    return done(desk.returnToAgents(id, version(ifMatch, body), by, body.reason()), by);
  }

  @PostMapping("/extend")
  ResponseEntity<TicketView> requestExtension(
      @PathVariable String id,
      @Valid @RequestBody Extension body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    return done(
        desk.requestExtension(id, version(ifMatch, body), by, body.deadline(), body.reason()), by);
  }

  @PostMapping("/extend/decision")
  ResponseEntity<TicketView> decideExtension(
      @PathVariable String id,
      @Valid @RequestBody ExtensionDecision body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    boolean grant = body.decision() == ExtensionDecision.Decision.GRANT;
    return done(desk.decideExtension(id, version(ifMatch, body), by, grant, body.note()), by);
  }

  @PostMapping("/reply")
  ResponseEntity<TicketView> reply(
      @PathVariable String id,
      @Valid @RequestBody Reply body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    return done(desk.reply(id, version(ifMatch, body), by, body.result(), body.note()), by);
  }

  @PostMapping("/callback")
  ResponseEntity<TicketView> callback(
      @PathVariable String id,
      @Valid @RequestBody Callback body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    return done(
        desk.callback(id, version(ifMatch, body), by, body.rating(), body.solved(), body.note()),
        by);
  }

  @PostMapping("/reopen")
  ResponseEntity<TicketView> reopen(
      @PathVariable String id,
      @Valid @RequestBody Reason body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    return done(desk.reopen(id, version(ifMatch, body), by, body.reason()), by);
  }

  @PostMapping("/close")
  ResponseEntity<TicketView> close(
      @PathVariable String id,
      @Valid @RequestBody(required = false) Note body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    Note note = orEmpty(body);
    return done(desk.close(id, version(ifMatch, note), by, note.note()), by);
  }

  @PostMapping("/refer")
  ResponseEntity<TicketView> refer(
      @PathVariable String id,
      @Valid @RequestBody(required = false) Note body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    Note note = orEmpty(body);
    return done(desk.refer(id, version(ifMatch, note), by, note.note()), by);
  }

  @PostMapping("/duplicate-of")
  ResponseEntity<TicketView> duplicateOf(
      @PathVariable String id,
      @Valid @RequestBody DuplicateOf body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    return done(
        desk.markDuplicate(id, version(ifMatch, body), by, body.original().strip(), body.note()),
        by);
  }

  @PostMapping("/supervise")
  ResponseEntity<TicketView> supervise(
      @PathVariable String id,
      @Valid @RequestBody(required = false) Note body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    Note note = orEmpty(body);
    return done(desk.supervise(id, version(ifMatch, note), by, note.note()), by);
  }

  @PostMapping("/urge")
  ResponseEntity<TicketView> urge(
      @PathVariable String id,
      @Valid @RequestBody(required = false) Note body,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Authentication user) {
    Staff by = staff.of(user);
    Note note = orEmpty(body);
    return done(desk.urge(id, version(ifMatch, note), by, note.note()), by);
  }

  private ResponseEntity<TicketView> done(Ticket ticket, Staff by) {
    return responses.ok(ticket, by);
  }

  private static Long version(String ifMatch, TicketActionRequests.Versioned body) {
    return TicketResponses.expectedVersion(ifMatch, body.version());
  }

  private static Note orEmpty(Note body) {
    return body == null ? NO_NOTE : body;
  }
}
