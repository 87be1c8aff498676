package io.civicline.mediation.api;

import io.civicline.kit.privacy.Masking;
import io.civicline.mediation.domain.Assignment;
import io.civicline.mediation.domain.CaseAction;
import io.civicline.mediation.domain.CaseRules;
import io.civicline.mediation.domain.Closing;
import io.civicline.mediation.domain.Decline;
import io.civicline.mediation.domain.HistoryEntry;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.Intake;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.Session;
import io.civicline.mediation.domain.Staff;
import io.civicline.mediation.domain.TimeLimit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A case as the API shows it to one user: the parties (and the names in the session records) in
 * full for the case's current mediator, masked for everyone else; its audit trail; and the actions
 * this user can take on it now. Made by {@link CaseViews}, which records each unmasked one.
 */
public record CaseView(
    String id,
    String number,
    long version,
    String status,
    String disputeType,
    String district,
    String township,
    String source,
    HotlineReferral referral,
    boolean partiesMasked,
    List<PartyView> parties,
    String summary,
    Instant registeredAt,
    String registeredBy,
    Assignment assignment,
    List<SessionView> sessions,
    TimeLimit timeLimit,
    Decline decline,
    Closing closing,
    Instant reopenedAt,
    List<HistoryEntry> history,
    Set<CaseAction> allowedActions) {

  /** A party, masked unless the viewer may see it. */
  public record PartyView(PartyRole role, String name, String phone, String idNumber) {

    static PartyView of(Party party, boolean masked) {
      return masked
          ? new PartyView(
              party.role(),
              Masking.name(party.name()),
              Masking.number(party.phone()),
              Masking.number(party.idNumber()))
          : new PartyView(party.role(), party.name(), party.phone(), party.idNumber());
    }
  }

  /** A session, its participants' names masked unless the viewer may see the parties. */
  public record SessionView(
      LocalDate date,
      List<String> participants,
      String notes,
      Instant recordedAt,
      String recordedBy) {

    static SessionView of(Session session, boolean masked) {
      List<String> participants =
          masked
              ? session.participants().stream().map(Masking::name).toList()
              : session.participants();
      return new SessionView(
          session.date(),
          participants,
          session.notes(),
          session.recordedAt(),
          session.recordedBy());
    }
  }

  static CaseView of(MediationCase mediationCase, Staff viewer, CaseRules rules, Instant now) {
    Intake intake = mediationCase.intake();
    boolean masked = !viewer.seesPartiesOf(mediationCase);
    return new CaseView(
        mediationCase.id(),
        mediationCase.number(),
        mediationCase.version(),
        mediationCase.status().name(),
        intake.disputeType(),
        intake.district(),
        intake.township(),
        intake.source(),
        intake.referral(),
        masked,
        intake.parties().stream().map(party -> PartyView.of(party, masked)).toList(),
        intake.summary(),
        intake.registeredAt(),
        intake.registeredBy(),
        mediationCase.assignment(),
        mediationCase.sessions().stream().map(session -> SessionView.of(session, masked)).toList(),
        mediationCase.timeLimit(),
        mediationCase.decline(),
        mediationCase.closing(),
        mediationCase.reopenedAt(),
        mediationCase.history(),
        viewer.actionsOn(mediationCase, rules, now));
  }
}
