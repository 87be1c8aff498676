package io.civicline.mediation.web;

import io.civicline.kit.security.Roles;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.domain.Advice;
import io.civicline.mediation.domain.AgreementType;
import io.civicline.mediation.domain.CloseCase;
import io.civicline.mediation.domain.CloseOutcome;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Outcome;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import io.civicline.mediation.domain.Staff;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Cases taken through mediation today by the roster's mediator {@code mediator} (an admin gives
 * them the cases of any district), for the lists.
 */
final class MediatedCases {

  static final Staff MEDIATOR =
      new Staff("mediator", Set.of(Roles.MEDIATOR), "M_YIMEI_01", null, null);

  /** Who gives the cases of every district to {@link #MEDIATOR}. */
  static final Staff ADMIN = new Staff("admin", Set.of(Roles.ADMIN), null, null, null);

  private final IntakeDesk intake;
  private final MediationDesk desk;

  MediatedCases(IntakeDesk intake, MediationDesk desk) {
    this.intake = intake;
    this.desk = desk;
  }

  /** A case of the district, mediated and closed today as successful or failed. */
  MediationCase closed(String district, Outcome outcome) {
    MediationCase heard = heard(district);
    CloseCase closing =
        outcome == Outcome.SUCCESS
            ? new CloseCase(new CloseOutcome.Success(AgreementType.ORAL, null), null)
            : new CloseCase(new CloseOutcome.Failure(Advice.LITIGATION), null);
    return desk.close(heard.id(), heard.version(), MEDIATOR, closing);
  }

  /** A case of the district under mediation by {@link #MEDIATOR}, after a session today. */
  MediationCase heard(String district) {
    MediationCase registered =
        intake.register(
            new RegisterCase(
                "NEIGHBOURHOOD",
                district,
                null,
                "WALK_IN",
                List.of(
                    new Party(PartyRole.APPLICANT, "张三", "13800000000", null),
                    new Party(PartyRole.RESPONDENT, "李四", null, null)),
                "楼上漏水",
                null,
                MEDIATOR.name()),
            MEDIATOR);
    String id = registered.id();
    MediationCase assigned =
        desk.assign(id, registered.version(), ADMIN, MEDIATOR.mediator(), null, null);
    return desk.holdSession(id, assigned.version(), MEDIATOR, today(), List.of("张三"), "调解");
  }

  LocalDate today() {
    return LocalDate.ofInstant(desk.now(), desk.rules().zone());
  }
}
