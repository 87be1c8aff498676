package io.civicline.perf.load;

import static io.civicline.perf.load.HotlineDesk.AGENT;
import static io.civicline.perf.load.HotlineDesk.holderOf;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The load's people at work: agents and department staff take tickets through their journeys on
 * hotline-service ({@link HotlineDesk}), mediators take cases through theirs on mediation-service
 * ({@link MediationDesk}). Each step records what was done and what the service answered.
 */
final class Desks {

  /** How long the load waits for an answer that travels over Kafka. */
  private static final Duration ROUND_TRIP = Duration.ofSeconds(120);

  /**
   * Mediation's answers that the hotline records as the ticket's reply; the others hand it back.
   */
  private static final Set<String> MEDIATED = Set.of("SUCCESS", "FAILED");

  private final HotlineDesk hotline;
  private final MediationDesk mediation;
  private final LoadPlan plan;

  Desks(DeskClient http, String hotlineUrl, String mediationUrl, LoadPlan plan, ZoneId zone) {
    this.hotline = new HotlineDesk(http, hotlineUrl);
    this.mediation = new MediationDesk(http, mediationUrl, zone, plan.reference());
    this.plan = plan;
  }

  void work(CaseRecord c) {
    mediation.work(c);
  }

  void work(TicketRecord t) {
    switch (t.journey) {
      case FIRST_CONTACT -> {
        hotline.receive(t, "已当场答复：" + t.topic);
        if (t.rating.startsWith("VERY")) {
          hotline.callback(t, t.rating, t.solved);
        }
        hotline.close(t);
      }
      case STANDARD -> {
        receiveAndDispatch(t);
        finishFromDispatched(t);
      }
      case RETURNED -> {
        receiveAndDispatch(t);
        hotline.returnIt(t);
        hotline.dispatch(t, t.secondDepartment);
        finishFromDispatched(t);
      }
      case EXTENDED -> {
        receiveAndDispatch(t);
        hotline.sign(t);
        urge(t, t.urges);
        hotline.extend(t);
        finishFromSigned(t);
      }
      case REOPENED -> {
        // The first department's on-time signature and reply stay its own after the reopen.
        receiveAndDispatch(t);
        hotline.sign(t);
        hotline.reply(t, holderOf(t));
        hotline.callback(t, "UNSATISFIED", false);
        hotline.reopen(t);
        hotline.dispatch(t, t.secondDepartment);
        finishFromDispatched(t);
      }
      case UNREACHABLE -> {
        receiveAndDispatch(t);
        hotline.sign(t);
        hotline.reply(t, holderOf(t));
        hotline.callback(t, "UNREACHABLE", false);
        hotline.callback(t, t.rating, t.solved);
        hotline.close(t);
      }
      case AGENT_REPLY -> {
        receiveAndDispatch(t);
        hotline.reply(t, AGENT);
        hotline.callback(t, t.rating, t.solved);
        hotline.close(t);
      }
      case LEFT_OPEN -> {
        receiveAndDispatch(t);
        urge(t, t.urges);
      }
      case DUPLICATE -> {
        hotline.receive(t, null);
        hotline.markDuplicateOf(t, awaitNumber(t.original));
      }
      case REFERRED -> referred(t);
    }
  }

  /**
   * Referred to mediation: the case is found and worked; a mediated outcome comes back as the
   * ticket's reply, then the callback; a case withdrawn, transferred or declined hands the ticket
   * back to the agents, who dispatch it.
   */
  private void referred(TicketRecord t) {
    hotline.receive(t, null);
    hotline.refer(t);
    CaseRecord referral = plan.caseReferredFrom(t);
    await("no case for the referral of " + t, () -> mediation.found(referral, t));
    mediation.work(referral);
    String outcome = referral.declined ? "DECLINED" : referral.outcome;
    boolean mediated = MEDIATED.contains(outcome);
    await(
        "no mediation outcome on " + t,
        () -> hotline.concluded(t, mediated ? "REPLIED" : "RECEIVED", outcome));
    if (mediated) {
      hotline.callback(t, t.rating, t.solved);
      hotline.close(t);
    } else {
      hotline.dispatch(t, t.firstDepartment);
      finishFromDispatched(t);
    }
  }

  private void receiveAndDispatch(TicketRecord t) {
    hotline.receive(t, null);
    hotline.dispatch(t, t.firstDepartment);
  }

  /** Signed for, urged before and after if planned, then as {@link #finishFromSigned}. */
  private void finishFromDispatched(TicketRecord t) {
    urge(t, Math.min(t.urges, 1));
    hotline.sign(t);
    urge(t, t.urges - 1);
    finishFromSigned(t);
  }

  private void finishFromSigned(TicketRecord t) {
    hotline.reply(t, holderOf(t));
    hotline.callback(t, t.rating, t.solved);
    hotline.close(t);
  }

  private void urge(TicketRecord t, int times) {
    for (int i = 0; i < times; i++) {
      hotline.urge(t);
    }
  }

  /** The original's number once its own client has created it (it was taken earlier). */
  private static String awaitNumber(TicketRecord original) {
    await(
        "the original " + original + " was never created",
        () -> {
          if (original.failure != null) {
            throw new LoadStepException("the original " + original + " failed");
          }
          return original.number != null;
        });
    return original.number;
  }

  /** Asks {@code done} every 100 ms until it holds; fails the step after {@link #ROUND_TRIP}. */
  private static void await(String failure, BooleanSupplier done) {
    long deadline = System.nanoTime() + ROUND_TRIP.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new LoadStepException(failure + " after " + ROUND_TRIP);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LoadStepException("interrupted", e);
      }
    }
  }
}
