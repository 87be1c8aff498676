package io.civicline.mediation;

import io.civicline.events.ReferenceData;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    List<FieldProblem> problems = new ArrayList<>();
    if (reference.disputeType(command.disputeType()).isEmpty()) {
      problems.add(new FieldProblem("disputeType", "unknown dispute type code"));
    }
    if (reference.district(command.district()).isEmpty()) {
      problems.add(new FieldProblem("district", "unknown district code"));
    }
    if (reference.caseSource(command.source()).isEmpty()) {
      problems.add(new FieldProblem("source", "unknown source code"));
    }
    if (!hasParty(command, PartyRole.APPLICANT) || !hasParty(command, PartyRole.RESPONDENT)) {
      problems.add(new FieldProblem("parties", "needs at least one applicant and one respondent"));
    }
    failIfAny(problems);
  }

  /** Where a case goes: a mediator of the roster, and a mediating body with its linkage flag. */
  record Placement(String mediator, String body, boolean linkageBody) {}

  /** A mediator of the roster and, unless one is named, the body they belong to. */
  Placement placement(String mediatorCode, String bodyCode) {
    List<FieldProblem> problems = new ArrayList<>();
    ReferenceData.Mediator mediator = reference.mediator(mediatorCode).orElse(null);
    if (mediator == null) {
      problems.add(new FieldProblem("mediator", "unknown mediator code"));
    }
    String bodyOrOwn = bodyCode != null ? bodyCode : mediator == null ? null : mediator.body();
    ReferenceData.MediatingBody body =
        bodyOrOwn == null ? null : reference.mediatingBody(bodyOrOwn).orElse(null);
    if (bodyCode != null && body == null) {
      problems.add(new FieldProblem("body", "unknown mediating body code"));
    }
    failIfAny(problems);
    return new Placement(mediator.code(), body.code(), body.linkage());
  }

  void checkBody(String field, String bodyCode) {
    if (reference.mediatingBody(bodyCode).isEmpty()) {
      failIfAny(List.of(new FieldProblem(field, "unknown mediating body code")));
    }
  }

  /**
   * A people's court, an application that does not lie ahead, and a confirmation between the
   * application and now.
   */
  void checkJudicialConfirmation(
      String court, Instant appliedAt, Instant confirmedAt, Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    boolean isCourt =
        reference
            .mediatingBody(court)
            .filter(body -> body.kind() == ReferenceData.BodyKind.PEOPLES_COURT)
            .isPresent();
    if (!isCourt) {
      problems.add(new FieldProblem("court", "not the code of a people's court"));
    }
    if (appliedAt.isAfter(now)) {
      problems.add(new FieldProblem("appliedAt", "must not lie in the future"));
    } else if (confirmedAt.isAfter(now) || confirmedAt.isBefore(appliedAt)) {
      problems.add(new FieldProblem("confirmedAt", "must lie between the application and now"));
    }
    failIfAny(problems);
  }

  private static boolean hasParty(RegisterCase command, PartyRole role) {
    return command.parties().stream().anyMatch(party -> party.role() == role);
  }

  private static void failIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
