package io.civicline.hotline;

import io.civicline.hotline.domain.CallbackRating;
import io.civicline.hotline.domain.MediationOutcome;
import io.civicline.hotline.domain.Place;
import io.civicline.hotline.domain.ReplyResult;
import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketAction;
import io.civicline.hotline.domain.TicketFile;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.hotline.store.TicketStore;
import io.civicline.kit.aggregate.VersionedActions;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.problem.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.stereotype.Service;

/**
 * What agents and department staff do with tickets once received ({@link IntakeDesk}): the use
 * cases between the API (or the console) and the aggregate. Every action checks who may take it,
 * the version the user saw, and the state machine, then saves the change with its events in one
 * write.
 */
@Service
public class TicketDesk {

  private final TicketStore store;
  private final IntakeCodes codes;
  private final SlaPolicy sla;
  private final Clock clock;
  private final VersionedActions<Ticket, Ticket.Change> actions;

  TicketDesk(
      TicketStore store,
      VersionedActions<Ticket, Ticket.Change> actions,
      IntakeCodes codes,
      SlaPolicy sla,
      Clock clock) {
    this.store = store;
    this.codes = codes;
    this.sla = sla;
    this.clock = clock;
    this.actions = actions;
  }

  public Ticket get(String id) {
    return store.find(id).orElseThrow(() -> new NotFoundException("ticket", id));
  }

  public Instant now() {
    return clock.instant();
  }

  public Ticket dispatch(
      String id, Long version, Staff by, String department, Instant deadline, String note) {
    codes.checkDepartment(department);
    return act(
        id,
        version,
        by,
        TicketAction.DISPATCH,
        (t, now) -> t.dispatch(department, deadline, sla, by.name(), note, now));
  }

  public Ticket sign(String id, Long version, Staff by) {
    return act(id, version, by, TicketAction.SIGN, (t, now) -> t.sign(by.name(), now));
  }

  public Ticket returnToAgents(String id, Long version, Staff by, String reason) {
    return act(
        id, version, by, TicketAction.RETURN, (t, now) -> t.returnToAgents(reason, by.name(), now));
  }

  public Ticket requestExtension(
      String id, Long version, Staff by, Instant newDeadline, String reason) {
    return act(
        id,
        version,
        by,
        TicketAction.REQUEST_EXTENSION,
        (t, now) -> t.requestExtension(newDeadline, reason, by.name(), now));
  }

  public Ticket decideExtension(String id, Long version, Staff by, boolean grant, String note) {
    return act(
        id,
        version,
        by,
        grant ? TicketAction.GRANT_EXTENSION : TicketAction.REFUSE_EXTENSION,
        (t, now) -> t.decideExtension(grant, note, by.name(), now));
  }

  public Ticket reply(
      String id, Long version, Staff by, ReplyResult result, String note, String publicReply) {
    return act(
        id,
        version,
        by,
        TicketAction.REPLY,
        (t, now) -> t.reply(result, note, publicReply, by.name(), now));
  }

  public Ticket callback(
      String id, Long version, Staff by, CallbackRating rating, Boolean solved, String note) {
    return act(
        id,
        version,
        by,
        TicketAction.CALLBACK,
        (t, now) -> t.callback(rating, solved, note, by.name(), now));
  }

  public Ticket reopen(String id, Long version, Staff by, String reason) {
    return act(id, version, by, TicketAction.REOPEN, (t, now) -> t.reopen(reason, by.name(), now));
  }

  public Ticket close(String id, Long version, Staff by, String note) {
    return act(id, version, by, TicketAction.CLOSE, (t, now) -> t.close(note, by.name(), now));
  }

  public Ticket refer(String id, Long version, Staff by, String note) {
    return act(id, version, by, TicketAction.REFER, (t, now) -> t.refer(note, by.name(), now));
  }

  /** {@code original} is the other ticket's id or its number. */
  public Ticket markDuplicate(String id, Long version, Staff by, String original, String note) {
    Ticket other =
        store
            .find(original)
            .or(() -> store.findByNumber(original))
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        List.of(new FieldProblem("original", "no ticket with this id or number"))));
    return act(
        id,
        version,
        by,
        TicketAction.MARK_DUPLICATE,
        (t, now) -> t.markDuplicateOf(other, note, by.name(), now));
  }

  public Ticket supervise(String id, Long version, Staff by, String note) {
    return act(
        id, version, by, TicketAction.SUPERVISE, (t, now) -> t.supervise(note, by.name(), now));
  }

  public Ticket urge(String id, Long version, Staff by, String note) {
    return act(id, version, by, TicketAction.URGE, (t, now) -> t.urge(note, by.name(), now));
  }

  /**
   * Sets or corrects the ticket's place (null: none given, a 400 once the user may act); its street
   * must be one of the ticket's district.
   */
  public Ticket setPlace(String id, Long version, Staff by, Place place) {
    return act(
        id,
        version,
        by,
        TicketAction.SET_PLACE,
        (t, now) -> {
          if (place == null) {
            throw new InvalidRequestException("place", "give a street, an address or coordinates");
          }
          codes.checkStreet(t.intake().district(), place);
          return t.setPlace(place, by.name(), now);
        });
  }

  /** Puts a stored file on the ticket. Who may is the caller's to check ({@link TicketFiles}). */
  public Ticket attachFile(String id, TicketFile file) {
    return actions
        .take(get(id), null, "attach a file", t -> t.attachFile(file, clock.instant()))
        .ticket();
  }

  /**
   * Records mediation's answer to a referral on the ticket it came from. Idempotent: a redelivered
   * answer, or one for a ticket that no longer waits for it, changes nothing. Returns whether it
   * changed the ticket; a concurrent change is retried on the ticket as it is then.
   */
  public boolean recordMediationOutcome(String ticketId, String caseId, MediationOutcome outcome) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Ticket ticket = store.find(ticketId).orElse(null);
      if (ticket == null
          || ticket.hasMediationOutcomeOf(caseId)
          || ticket.status() != TicketStatus.REFERRED) {
        return false;
      }
      if (store.update(
          ticket.recordMediationOutcome(caseId, outcome, clock.instant()), ticket.version())) {
        return true;
      }
    }
    throw new IllegalStateException("ticket " + ticketId + " kept changing; will be redelivered");
  }

  private Ticket act(
      String id,
      Long expectedVersion,
      Staff by,
      TicketAction action,
      BiFunction<Ticket, Instant, Ticket.Change> transition) {
    Ticket ticket = get(id);
    if (!by.mayTake().contains(action)) {
      throw new ForbiddenException("Your role may not " + describe(action) + " tickets.");
    }
    if (!by.worksOn(ticket)) {
      throw new ForbiddenException("This ticket is not with your department.");
    }
    return actions
        .take(ticket, expectedVersion, describe(action), t -> transition.apply(t, clock.instant()))
        .ticket();
  }

  private static String describe(TicketAction action) {
    return action.name().toLowerCase().replace('_', ' ');
  }
}
