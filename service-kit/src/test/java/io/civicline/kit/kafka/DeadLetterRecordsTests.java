package io.civicline.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.MalformedEventException;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseEventType;
import io.civicline.events.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;

/** What a consumer takes as an event, and what it sends to a dead-letter topic. */
class DeadLetterRecordsTests {

  private static final byte[] CLOSED =
      sample(MediationCaseEventType.CLOSED.cloudEventType() + ".json");

  @Test
  void aRecordAsTheOutboxPublishesItIsRead() {
    MediationCaseEvent event = read(record(caseId(), headersOf(CLOSED), CLOSED));

    assertThat(event.type()).isEqualTo(MediationCaseEventType.CLOSED.cloudEventType());
  }

  @Test
  void aRecordWithoutCloudEventsHeadersIsMalformed() {
    assertThatThrownBy(() -> read(record(caseId(), new RecordHeaders(), CLOSED)))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void aRecordOfAnotherSpecVersionIsMalformed() {
    Headers headers = headersOf(CLOSED).remove(KafkaCloudEvents.SPEC_VERSION);
    headers.add(KafkaCloudEvents.SPEC_VERSION, "0.3".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> read(record(caseId(), headers, CLOSED)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("specversion");
  }

  @Test
  void aRecordWhoseCeTypeIsNotItsDataTypeIsMalformed() {
    Headers headers = headersOf(CLOSED).remove(KafkaCloudEvents.TYPE);
    headers.add(KafkaCloudEvents.TYPE, "civicline.case.registered.v1".getBytes());

    assertThatThrownBy(() -> read(record(caseId(), headers, CLOSED)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("ce_type");
  }

  @Test
  void aRecordKeyedByAnotherCaseIsMalformed() {
    assertThatThrownBy(() -> read(record("another-case", headersOf(CLOSED), CLOSED)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("record key");
  }

  @Test
  void aTombstoneOrAnOversizedValueIsMalformed() {
    byte[] huge = Arrays.copyOf(CLOSED, EventRecords.MAX_VALUE_BYTES + 1);

    assertThatThrownBy(() -> read(record(caseId(), headersOf(CLOSED), null)))
        .isInstanceOf(MalformedEventException.class);
    assertThatThrownBy(() -> read(record(caseId(), headersOf(CLOSED), huge)))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("bytes");
  }

  @Test
  void aDeadLetterOfAHugeRecordCarriesItsValueCutAndItsOriginalLength() {
    BoundedDeadLetters deadLetters = new BoundedDeadLetters(mock(KafkaOperations.class));
    byte[] huge = new byte[1_040_000];
    TopicPartition dlq = new TopicPartition(Topics.deadLetterOf(Topics.CASE_EVENTS), 0);

    ProducerRecord<Object, Object> letter =
        deadLetters.createProducerRecord(
            record(caseId(), new RecordHeaders(), huge), dlq, new RecordHeaders(), null, huge);

    assertThat((byte[]) letter.value()).hasSize(DeadLetterValues.MAX_VALUE_BYTES);
    assertThat(letter.topic()).isEqualTo(dlq.topic());
    assertThat(
            ByteBuffer.wrap(letter.headers().lastHeader(DeadLetterValues.ORIGINAL_LENGTH).value())
                .getInt())
        .isEqualTo(huge.length);
  }

  @Test
  void aDeadLetterOfAReferralKeepsItsIdsAndTheErrorButNoPersonalData() {
    BoundedDeadLetters deadLetters = new BoundedDeadLetters(mock(KafkaOperations.class));
    byte[] referral =
        ("{\"type\":\"civicline.ticket.referral.v1\",\"eventId\":\"e-1\",\"ticketId\":\"t-1\","
                + "\"caller\":{\"name\":\"市民王五\",\"phone\":\"13944440001\"},"
                + "\"description\":\"楼上漏水\",\"referredAt\":\"yesterday\"}")
            .getBytes(StandardCharsets.UTF_8);
    Headers headers = new RecordHeaders();
    headers.add(KafkaCloudEvents.TYPE, "civicline.ticket.referral.v1".getBytes());
    headers.add(
        KafkaHeaders.DLT_EXCEPTION_FQCN, MalformedEventException.class.getName().getBytes());
    headers.add(
        KafkaHeaders.DLT_EXCEPTION_MESSAGE,
        "caller 市民王五 13944440001: \"yesterday\" is not a time".getBytes(StandardCharsets.UTF_8));
    headers.add(KafkaHeaders.DLT_EXCEPTION_STACKTRACE, "at 13944440001 市民王五".getBytes());
    TopicPartition dlq = new TopicPartition(Topics.deadLetterOf(Topics.REFERRALS), 0);
    ConsumerRecord<String, byte[]> record =
        new ConsumerRecord<>(Topics.REFERRALS, 0, 0L, "t-1", referral);

    ProducerRecord<Object, Object> letter =
        deadLetters.createProducerRecord(record, dlq, headers, null, referral);

    String value = new String((byte[]) letter.value(), StandardCharsets.UTF_8);
    String allHeaders =
        java.util.stream.StreamSupport.stream(letter.headers().spliterator(), false)
            .map(h -> h.key() + "=" + new String(h.value(), StandardCharsets.UTF_8))
            .collect(java.util.stream.Collectors.joining("\n"));
    assertThat(value + allHeaders).doesNotContain("市民王五", "13944440001", "楼上漏水");
    assertThat(value).contains("\"ticketId\":\"t-1\"", "\"eventId\":\"e-1\"");
    assertThat(letter.key()).isEqualTo("t-1");
    assertThat(allHeaders)
        .contains(
            "ce_type=civicline.ticket.referral.v1",
            KafkaHeaders.DLT_EXCEPTION_FQCN + "=" + MalformedEventException.class.getName(),
            KafkaHeaders.DLT_EXCEPTION_MESSAGE + "=caller",
            RedactedDeadLetters.REDACTED + "=true")
        .doesNotContain(KafkaHeaders.DLT_EXCEPTION_STACKTRACE);
  }

  /** The contract's sample event of that type (case-events' {@code samples/}). */
  private static byte[] sample(String name) {
    try (java.io.InputStream in =
        EventJson.class.getClassLoader().getResourceAsStream("samples/" + name)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static MediationCaseEvent read(ConsumerRecord<String, byte[]> record) {
    return EventRecords.caseEvent(record, EventJson::readMediationCaseEvent);
  }

  private static String caseId() {
    return EventJson.readMediationCaseEvent(CLOSED).caseId();
  }

  private static Headers headersOf(byte[] data) {
    MediationCaseEvent event = EventJson.readMediationCaseEvent(data);
    return KafkaCloudEvents.headersOf(
        new CloudEvent(
            event.eventId(),
            "/mediation-service",
            event.type(),
            event.caseId(),
            event.occurredAt(),
            data));
  }

  private static ConsumerRecord<String, byte[]> record(String key, Headers headers, byte[] value) {
    return new ConsumerRecord<>(
        Topics.CASE_EVENTS,
        0,
        0L,
        0L,
        TimestampType.CREATE_TIME,
        -1,
        value == null ? -1 : value.length,
        key,
        value,
        headers,
        java.util.Optional.empty());
  }
}
