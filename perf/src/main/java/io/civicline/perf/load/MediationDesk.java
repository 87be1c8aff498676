package io.civicline.perf.load;

import io.civicline.events.ReferenceData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A mediator at work on mediation-service: registers a case (or finds the one made of a hotline
 * referral), has it assigned to them, then takes it along its journey, recording what the service
 * answered in its record. The case is assigned as the rules allow: the mediator takes an unassigned
 * case of their district to their own body themselves, the demo lead gives them the other cases of
 * the district the lead leads, and the admin those of every other district or body.
 */
final class MediationDesk {

  static final String MEDIATOR = "mediator";

  /** The roster's mediator whose account is the demo user {@link #MEDIATOR}. */
  static final String MEDIATOR_CODE = "M_YIMEI_01";

  /** The roster body of {@link #MEDIATOR_CODE}. */
  static final String MEDIATOR_BODY = "YIMEI_PMC";

  /** The demo mediation lead, of the district {@link #LEAD_DISTRICT} (local-stack DemoUsers). */
  static final String LEAD = "lead";

  static final String LEAD_DISTRICT = "YIMEI";

  static final String ADMIN = "admin";

  private final DeskClient http;
  private final String cases;
  private final ZoneId zone;
  private final Map<String, String> bodyDistricts;

  MediationDesk(DeskClient http, String mediationUrl, ZoneId zone, ReferenceData reference) {
    this.http = http;
    this.cases = mediationUrl + "/api/cases";
    this.zone = zone;
    this.bodyDistricts =
        reference.mediatingBodies().stream()
            .collect(
                Collectors.toMap(
                    ReferenceData.MediatingBody::code, ReferenceData.MediatingBody::district));
  }

  void work(CaseRecord c) {
    if (c.id == null) {
      register(c);
    } else if (c.journey == CaseJourney.DECLINED) {
      // A referral's case exists already: declined (不予受理) before a mediator takes it.
      caseAct(c, "decline", Map.of("reason", "OUTSIDE_SCOPE"));
      c.declined = true;
    }
    if (c.journey == CaseJourney.DECLINED) {
      return;
    }
    caseAct(c, assigner(c), "assign", Map.of("mediator", MEDIATOR_CODE, "body", c.assignTo));
    c.body = c.assignTo;
    switch (c.journey) {
      case SUCCESS, SUCCESS_LINKAGE -> {
        session(c);
        close(c, Map.of("outcome", "SUCCESS", "agreementType", "WRITTEN"));
      }
      case FAILED -> {
        session(c);
        close(c, Map.of("outcome", "FAILED", "advice", "LITIGATION"));
      }
      case WITHDRAWN -> close(c, Map.of("outcome", "WITHDRAWN"));
      case TRANSFERRED -> close(c, Map.of("outcome", "TRANSFERRED", "transferredTo", c.transferTo));
      case LEFT_OPEN -> session(c);
      case DECLINED -> throw new IllegalStateException("declined above");
    }
  }

  /**
   * The case mediation-service made of the ticket's referral, once it exists: fills in its id,
   * district and dispute type; false while there is none yet.
   */
  boolean found(CaseRecord c, TicketRecord t) {
    JsonNode items = http.read(MEDIATOR, cases + "?ticket=" + t.id).path("items");
    if (items.size() > 1) {
      throw new LoadStepException(items.size() + " cases for the referral of " + t);
    }
    if (items.isEmpty()) {
      return false;
    }
    c.id = items.get(0).get("id").asString();
    JsonNode view = http.read(MEDIATOR, cases + "/" + c.id);
    c.district = view.get("district").asString();
    c.disputeType = view.get("disputeType").asString();
    seen(c, view);
    return true;
  }

  private void register(CaseRecord c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("disputeType", c.disputeType);
    body.put("district", c.district);
    body.put("source", c.source);
    body.put(
        "parties",
        List.of(
            Map.of("role", "APPLICANT", "name", "申请人", "phone", "13900000000"),
            Map.of("role", "RESPONDENT", "name", "被申请人")));
    body.put("summary", "负载测试：邻里纠纷");
    if (c.journey == CaseJourney.DECLINED) {
      body.put("decline", Map.of("reason", "OUTSIDE_SCOPE"));
      c.declined = true;
    }
    JsonNode created = http.ok(MEDIATOR, cases, body);
    c.id = created.get("id").asString();
    seen(c, created);
  }

  /** Who may give the case to {@link #MEDIATOR_CODE} in its planned body. */
  private String assigner(CaseRecord c) {
    if (!c.district.equals(LEAD_DISTRICT)) {
      return ADMIN;
    }
    if (c.assignTo.equals(MEDIATOR_BODY)) {
      return MEDIATOR;
    }
    return LEAD_DISTRICT.equals(bodyDistricts.get(c.assignTo)) ? LEAD : ADMIN;
  }

  private void session(CaseRecord c) {
    caseAct(c, "sessions", Map.of("date", LocalDate.now(zone).toString()));
  }

  private void close(CaseRecord c, Map<String, Object> closing) {
    caseAct(c, "close", closing);
    c.outcome = (String) closing.get("outcome");
  }

  private void caseAct(CaseRecord c, String action, Map<String, Object> fields) {
    caseAct(c, MEDIATOR, action, fields);
  }

  private void caseAct(CaseRecord c, String user, String action, Map<String, Object> fields) {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.put("version", c.version);
    String record = cases + "/" + c.id;
    seen(c, http.act(user, record + "/" + action, body, c.version, ADMIN, record));
  }

  private static void seen(CaseRecord c, JsonNode view) {
    c.version = view.get("version").asLong();
    c.status = view.get("status").asString();
  }
}
