package io.civicline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

class EventContractTests {

  static Stream<String> eventTypes() {
    return Stream.concat(
        Arrays.stream(TicketEventType.values()).map(TicketEventType::cloudEventType),
        Arrays.stream(MediationCaseEventType.values()).map(MediationCaseEventType::cloudEventType));
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void everyEventTypeHasASampleThatMatchesItsSchema(String type) {
    assertThat(EventSchemas.violations(type, EventSchemas.sample(type))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void aSampleWithPersonalDataInItsSnapshotViolatesTheSchema(String type) {
    ObjectNode sample = (ObjectNode) EventJson.mapper().readTree(EventSchemas.sample(type));
    ((ObjectNode) sample.get("snapshot")).put("callerPhone", "13800000000");
    ((ObjectNode) sample.get("snapshot")).put("parties", "Zhang San");

    assertThat(EventSchemas.violations(type, sample.toString())).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void aSampleWithoutCaseVersionViolatesTheSchemaAndCannotBeRead(String type) {
    ObjectNode sample = (ObjectNode) EventJson.mapper().readTree(EventSchemas.sample(type));
    sample.remove("caseVersion");
    byte[] data = sample.toString().getBytes(StandardCharsets.UTF_8);

    assertThat(EventSchemas.violations(type, data)).isNotEmpty();
    assertThatThrownBy(() -> readAny(type, data)).isInstanceOf(MalformedEventException.class);
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void readersIgnoreFieldsTheyDoNotKnow(String type) {
    String plain = EventSchemas.sample(type);
    ObjectNode extended = (ObjectNode) EventJson.mapper().readTree(plain);
    extended.put("addedInALaterVersion", "x");
    ((ObjectNode) extended.get("snapshot")).putObject("nestedNewField").put("a", 1);

    CaseEvent fromPlain = readAny(type, plain.getBytes(StandardCharsets.UTF_8));
    CaseEvent fromExtended = readAny(type, extended.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(fromExtended).isEqualTo(fromPlain);
    assertThat(fromPlain.type()).isEqualTo(type);
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void writingAReadSampleGivesSchemaValidJsonWithoutNulls(String type) {
    CaseEvent event = readAny(type, EventSchemas.sample(type).getBytes(StandardCharsets.UTF_8));
    String written = new String(EventJson.write(event), StandardCharsets.UTF_8);

    assertThat(EventSchemas.violations(type, written)).isEmpty();
    assertThat(written).doesNotContain("null");
    assertThat(readAny(type, written.getBytes(StandardCharsets.UTF_8))).isEqualTo(event);
  }

  @Test
  void notJsonIsAMalformedEvent() {
    assertThatThrownBy(
            () -> EventJson.readTicketEvent("{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(
            () ->
                EventJson.readTicketEvent(
                    "{\"caseVersion\":\"two\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void aCloudEventSurvivesTheTripThroughKafkaHeaders() {
    CloudEvent event =
        new CloudEvent(
            "e-1",
            "/hotline-service",
            "civicline.ticket.received.v1",
            "ticket-1",
            Instant.parse("2026-03-14T01:02:03.456Z"),
            "{}".getBytes(StandardCharsets.UTF_8));

    var record = KafkaCloudEvents.toRecord(Topics.TICKET_EVENTS, event);
    CloudEvent back = KafkaCloudEvents.fromRecord(record.headers(), record.value());

    assertThat(record.key()).isEqualTo("ticket-1");
    assertThat(KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.SPEC_VERSION))
        .contains("1.0");
    assertThat(back.id()).isEqualTo("e-1");
    assertThat(back.type()).isEqualTo(event.type());
    assertThat(back.time()).isEqualTo(event.time());
    assertThat(back.subject()).isEqualTo("ticket-1");
  }

  @Test
  void aRecordWithoutCloudEventsHeadersIsMalformed() {
    var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
    assertThatThrownBy(() -> KafkaCloudEvents.fromRecord(headers, new byte[0]))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("ce_id");
  }

  @Test
  void theReferralSampleMatchesItsSchemaAndSurvivesARoundTrip() {
    String sample = EventSchemas.sample(TicketReferral.TYPE);
    TicketReferral referral = EventJson.readTicketReferral(sample.getBytes(StandardCharsets.UTF_8));

    assertThat(EventSchemas.violations(TicketReferral.TYPE, sample)).isEmpty();
    assertThat(EventSchemas.violations(TicketReferral.TYPE, EventJson.write(referral))).isEmpty();
    assertThat(referral.caller().phone()).isEqualTo("13800138000");
    assertThat(referral.toString()).doesNotContain("138");
  }

  @Test
  void aReferralWithoutItsTicketIdCannotBeRead() {
    ObjectNode sample =
        (ObjectNode) EventJson.mapper().readTree(EventSchemas.sample(TicketReferral.TYPE));
    sample.remove("ticketId");

    assertThat(EventSchemas.violations(TicketReferral.TYPE, sample.toString())).isNotEmpty();
    assertThatThrownBy(
            () -> EventJson.readTicketReferral(sample.toString().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void aClosedCaseEventCarriesWhatTheHotlineRecordsOnTheReferringTicket() {
    String type = MediationCaseEventType.CLOSED.cloudEventType();
    MediationCaseEvent closed =
        EventJson.readMediationCaseEvent(
            EventSchemas.sample(type).getBytes(StandardCharsets.UTF_8));

    assertThat(closed.snapshot().referralTicketId()).isNotBlank();
    assertThat(closed.snapshot().outcome()).isEqualTo("SUCCESS");
    assertThat(closed.snapshot().closedAt()).isEqualTo(closed.occurredAt());
  }

  @Test
  void aSnapshotOfTheFirstContractVersionLeavesTheLaterFieldsOut() {
    Instant at = Instant.parse("2026-03-15T02:00:00Z");
    MediationCaseEvent event =
        new MediationCaseEvent(
            MediationCaseEventType.REGISTERED.cloudEventType(),
            "e-1",
            "case-1",
            1,
            at,
            new MediationCaseSnapshot(
                null,
                "REGISTERED",
                "NEIGHBOURHOOD",
                "WUCUI",
                "WALK_IN",
                null,
                null,
                null,
                at,
                at.plusSeconds(86_400),
                false,
                null,
                null));
    byte[] data = EventJson.write(event);

    assertThat(EventSchemas.violations(event.type(), data)).isEmpty();
    assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain("sessions", "mediator");
    assertThat(EventJson.readMediationCaseEvent(data)).isEqualTo(event);
  }

  @Test
  void aClosedCaseWithoutTheDetailsOfItsOutcomeViolatesTheSchema() {
    String type = MediationCaseEventType.CLOSED.cloudEventType();
    ObjectNode success = (ObjectNode) EventJson.mapper().readTree(EventSchemas.sample(type));
    ((ObjectNode) success.get("snapshot")).remove("agreementType");
    ObjectNode failed = (ObjectNode) EventJson.mapper().readTree(EventSchemas.sample(type));
    ((ObjectNode) failed.get("snapshot")).put("outcome", "FAILED");
    ObjectNode transferred = (ObjectNode) EventJson.mapper().readTree(EventSchemas.sample(type));
    ((ObjectNode) transferred.get("snapshot")).put("outcome", "TRANSFERRED");

    assertThat(EventSchemas.violations(type, success.toString())).isNotEmpty();
    assertThat(EventSchemas.violations(type, failed.toString())).isNotEmpty();
    assertThat(EventSchemas.violations(type, transferred.toString())).isNotEmpty();
    ((ObjectNode) failed.get("snapshot")).put("advice", "LITIGATION");
    assertThat(EventSchemas.violations(type, failed.toString())).isEmpty();
  }

  private static CaseEvent readAny(String type, byte[] data) {
    return type.startsWith("civicline.ticket.")
        ? EventJson.readTicketEvent(data)
        : EventJson.readMediationCaseEvent(data);
  }
}
