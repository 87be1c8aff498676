package io.civicline.mediation;

import io.civicline.events.MediationCaseEventType;
import io.civicline.events.TicketReferral;
import io.civicline.kit.testing.ScriptedRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of the scripted month: the dispute, the path the script sends it down, whether it
 * arrives as a hotline referral, and what the script expects of it now (status, version, outcome,
 * overdue flag, the events its changes caused, in order). Only the one worker playing the case
 * touches it while a phase runs.
 */
final class ScriptedMonthCase
    extends ScriptedRecord<ScriptedMonthScript.Path, MediationCaseEventType> {

  final String district;
  final String phone;
  final String idNumber;
  final String applicant;
  final String summary;

  /** The referral it arrives as, or null for a case a mediator registers at the desk. */
  final TicketReferral referral;

  /** The mediator who works it once assigned (the other one must not). */
  final MonthClient.User mediator;

  final String mediatorCode;
  final MonthClient.User otherMediator;

  String outcome;
  String body;
  boolean overdue;

  ScriptedMonthCase(
      int index,
      ScriptedMonthScript.Path path,
      String district,
      String phone,
      String idNumber,
      String applicant,
      String summary,
      TicketReferral referral) {
    super(index, path);
    this.district = district;
    this.phone = phone;
    this.idNumber = idNumber;
    this.applicant = applicant;
    this.summary = summary;
    this.referral = referral;
    boolean first = index % 2 == 0;
    this.mediator = first ? MonthClient.MEDIATOR : MonthClient.MEDIATOR2;
    this.mediatorCode = first ? "M_YIMEI_01" : "M_YIMEI_02";
    this.otherMediator = first ? MonthClient.MEDIATOR2 : MonthClient.MEDIATOR;
  }

  /** The intake form as the mediator sends it. */
  Map<String, Object> intake() {
    Map<String, Object> applicantParty = new LinkedHashMap<>();
    applicantParty.put("role", "APPLICANT");
    applicantParty.put("name", applicant);
    applicantParty.put("phone", phone);
    if (idNumber != null) {
      applicantParty.put("idNumber", idNumber);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("disputeType", ScriptedMonthScript.DISPUTE_TYPES.get(index % 14));
    body.put("district", district);
    body.put("township", "第" + (index % 7) + "街道");
    body.put("source", source());
    body.put(
        "parties",
        List.of(
            applicantParty,
            Map.of(
                "role", "RESPONDENT", "name", "被申请人" + ScriptedMonthScript.NAME_MARKER + index)));
    body.put("summary", summary);
    return body;
  }

  /** How the case came in: referrals from the hotline, the others by turns. */
  String source() {
    return isReferral()
        ? "HOTLINE"
        : ScriptedMonthScript.SOURCES.get(index % ScriptedMonthScript.SOURCES.size());
  }

  boolean isReferral() {
    return referral != null;
  }

  @Override
  protected String noun() {
    return "case";
  }

  @Override
  protected String collection() {
    return "/api/cases";
  }

  @Override
  protected String remark() {
    return isReferral() ? " (referral)" : "";
  }
}
