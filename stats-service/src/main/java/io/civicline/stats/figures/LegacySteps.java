package io.civicline.stats.figures;

import static io.civicline.events.TicketStepType.ANSWERED_AT_INTAKE;
import static io.civicline.events.TicketStepType.CALLED_BACK;
import static io.civicline.events.TicketStepType.DISPATCHED;
import static io.civicline.events.TicketStepType.EXTENSION_GRANTED;
import static io.civicline.events.TicketStepType.REFERRAL_CONCLUDED;
import static io.civicline.events.TicketStepType.REFERRED;
import static io.civicline.events.TicketStepType.REOPENED;
import static io.civicline.events.TicketStepType.REPLIED;
import static io.civicline.events.TicketStepType.RETURNED;
import static io.civicline.events.TicketStepType.SIGNED;

import io.civicline.events.TicketSnapshot;
import io.civicline.events.TicketSnapshot.Callback;
import io.civicline.events.TicketSnapshot.Step;
import io.civicline.events.TicketStepType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a snapshot written before snapshots carried them, read from its other fields by the
 * rules of that time: one dispatch (the first), the current signature counted in the period of that
 * dispatch, and every fact charged to the department holding the ticket now, as the events of that
 * time allow no better. A mediation outcome is a concluded referral, not a department's reply.
 */
final class LegacySteps {

  private LegacySteps() {}

  /** The snapshot with the steps its fields tell. */
  static TicketSnapshot added(TicketSnapshot s) {
    return s.withSteps(of(s));
  }

  static List<Step> of(TicketSnapshot s) {
    String department = s.department();
    List<Step> steps = new ArrayList<>();
    if (answeredAtIntake(s)) {
      steps.add(Step.of(ANSWERED_AT_INTAKE, s.receivedAt(), null));
    }
    if (s.firstDispatchedAt() != null) {
      steps.add(Step.of(DISPATCHED, s.firstDispatchedAt(), department));
    }
    if (s.signedOnTime() != null) {
      steps.add(
          new Step(
              SIGNED.name(),
              s.signedAt(),
              department,
              s.firstDispatchedAt(),
              s.signedOnTime(),
              null,
              null,
              null));
    }
    addEach(steps, RETURNED, s.returnedAt(), department);
    addEach(steps, EXTENSION_GRANTED, s.extendedAt(), department);
    if (s.completedAt() != null && s.mediationOutcome() == null) {
      steps.add(
          new Step(
              REPLIED.name(),
              s.completedAt(),
              department,
              null,
              s.completedOnTime(),
              null,
              null,
              null));
    }
    if (s.callbacks() != null) {
      for (Callback callback : s.callbacks()) {
        steps.add(
            new Step(
                CALLED_BACK.name(),
                callback.at(),
                department,
                null,
                null,
                callback.rating(),
                callback.solved(),
                null));
      }
    }
    addEach(steps, REOPENED, s.reopenedAt(), department);
    if (s.referredAt() != null) {
      steps.add(Step.of(REFERRED, s.referredAt(), null));
    }
    if (s.completedAt() != null && s.mediationOutcome() != null) {
      steps.add(
          new Step(
              REFERRAL_CONCLUDED.name(),
              s.completedAt(),
              null,
              null,
              null,
              null,
              null,
              s.mediationOutcome()));
    }
    return steps;
  }

  /**
   * Those events had no flag for it: a ticket answered at creation is the one that left RECEIVED
   * without being dispatched, referred or marked a duplicate (the only ways out of RECEIVED).
   */
  private static boolean answeredAtIntake(TicketSnapshot s) {
    return !"RECEIVED".equals(s.status())
        && s.firstDispatchedAt() == null
        && s.referredAt() == null
        && s.duplicateOf() == null;
  }

  private static void addEach(
      List<Step> steps, TicketStepType type, List<Instant> times, String department) {
    if (times != null) {
      for (Instant at : times) {
        steps.add(Step.of(type, at, department));
      }
    }
  }
}
