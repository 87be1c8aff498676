package io.civicline.mediation;

import io.civicline.kit.mongo.DailyNumbers;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.mediation.domain.CaseAction;
import io.civicline.mediation.domain.CaseRegistration;
import io.civicline.mediation.domain.CaseRules;
import io.civicline.mediation.domain.DeclineReason;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.RegisterCase;
import io.civicline.mediation.domain.Staff;
import io.civicline.mediation.store.CaseStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Where disputes come in (受理): a mediator registers one, or records it as declined, and a hotline
 * referral registers itself. Each new case gets the day's next number.
 */
@Service
public class IntakeDesk {

  private final CaseStore store;
  private final DailyNumbers numbers;
  private final CaseChecks checks;
  private final CaseRules rules;
  private final Clock clock;

  IntakeDesk(
      CaseStore store, DailyNumbers numbers, CaseChecks checks, CaseRules rules, Clock clock) {
    this.store = store;
    this.numbers = numbers;
    this.checks = checks;
    this.rules = rules;
    this.clock = clock;
  }

  /** 受理: a mediator takes the dispute on. */
  public MediationCase register(RegisterCase command, Staff by) {
    requireMayTake(by, CaseAction.REGISTER);
    checks.checkIntake(command);
    Instant now = clock.instant();
    MediationCase.Change change =
        CaseRegistration.register(newId(), nextNumber(now), command, rules, now);
    store.insert(change);
    return change.mediationCase();
  }

  /** 不予受理 at intake: the dispute is recorded and declined at once. */
  public MediationCase registerDeclined(
      RegisterCase command, Staff by, DeclineReason reason, String note) {
    requireMayTake(by, CaseAction.DECLINE);
    checks.checkIntake(command);
    Instant now = clock.instant();
    MediationCase.Change change =
        CaseRegistration.registerDeclined(newId(), nextNumber(now), command, reason, note, now);
    store.insert(change);
    return change.mediationCase();
  }

  /**
   * Registers the case of a hotline referral, once per referral: a redelivered referral, or one
   * that another instance is registering at the same moment, creates nothing, while a new referral
   * of a ticket mediation handed back gives a new case. Returns the new case, or empty when the
   * referral already has one.
   */
  public Optional<MediationCase> registerReferral(RegisterCase command) {
    if (store.holdsReferral(command.referral())) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    MediationCase.Change change =
        CaseRegistration.register(newId(), nextNumber(now), command, rules, now);
    try {
      store.insert(change);
      return Optional.of(change.mediationCase());
    } catch (DuplicateKeyException e) {
      if (store.holdsReferral(command.referral())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static void requireMayTake(Staff by, CaseAction action) {
    if (!by.mayTake().contains(action)) {
      throw new ForbiddenException("Your role may not " + action.inWords() + " cases.");
    }
  }

  private String nextNumber(Instant now) {
    return numbers.next(LocalDate.ofInstant(now, rules.zone()));
  }

  private static String newId() {
    return new ObjectId().toHexString();
  }
}
