package io.civicline.mediation;

import io.civicline.events.ReferenceData;
import io.civicline.kit.problem.FieldChecks;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Checks what a mediator sends against the city's reference data and the intake rules, naming every
 * bad field: a 400, before the case's state is looked at.
 */
@Component
class CaseChecks {

  private final ReferenceData reference;

  CaseChecks(ReferenceData reference) {
    this.reference = reference;
  }

  /** Known codes, and a dispute between at least an applicant and a respondent. */
  void checkIntake(RegisterCase command) {
    new FieldChecks()
        .known(reference.disputeType(command.disputeType()), "disputeType", "dispute type")
        .known(reference.district(command.district()), "district", "district")
        .known(reference.caseSource(command.source()), "source", "source")
        .require(
            PartyRole.bothSidesIn(command.parties().stream().map(Party::role).toList()),
            "parties",
            "needs at least one applicant and one respondent")
        .failIfAny();
  }

  /** Where a case goes: a mediator of the roster, and a mediating body with its linkage flag. */
  record Placement(String mediator, String body, boolean linkageBody) {}

  /** A mediator of the roster and, unless one is named, the body they belong to. */
  Placement placement(String mediatorCode, String bodyCode) {
    ReferenceData.Mediator mediator = reference.mediator(mediatorCode).orElse(null);
    String bodyOrOwn = bodyCode != null ? bodyCode : mediator == null ? null : mediator.body();
    ReferenceData.MediatingBody body =
        bodyOrOwn == null ? null : reference.mediatingBody(bodyOrOwn).orElse(null);
    new FieldChecks()
        .require(mediator != null, "mediator", "unknown mediator code")
        .require(bodyCode == null || body != null, "body", "unknown mediating body code")
        .failIfAny();
    return new Placement(mediator.code(), body.code(), body.linkage());
  }

  void checkBody(String field, String bodyCode) {
    new FieldChecks().known(reference.mediatingBody(bodyCode), field, "mediating body").failIfAny();
  }

  /**
   * A people's court, an application that does not lie ahead, and a confirmation between the
   * application and now.
   */
  void checkJudicialConfirmation(
      String court, Instant appliedAt, Instant confirmedAt, Instant now) {
    boolean isCourt =
        reference
            .mediatingBody(court)
            .filter(body -> body.kind() == ReferenceData.BodyKind.PEOPLES_COURT)
            .isPresent();
    boolean appliedBefore = !appliedAt.isAfter(now);
    new FieldChecks()
        .require(isCourt, "court", "not the code of a people's court")
        .require(appliedBefore, "appliedAt", "must not lie in the future")
        .require(
            !appliedBefore || (!confirmedAt.isAfter(now) && !confirmedAt.isBefore(appliedAt)),
            "confirmedAt",
            "must lie between the application and now")
        .failIfAny();
  }
}
