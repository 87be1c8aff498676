package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.CaseEvent;
import io.civicline.events.EventSchemas;
import io.civicline.events.KafkaCloudEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The events a scripted run published, checked against what the script expects of each record:
 * type, key and subject of every event its own; the first event of each type and every {@code
 * sample}-th after it valid against its schema; per record, caseVersions 1..version without gaps or
 * repeats and the types in the order the script caused them.
 */
public final class ScriptedEvents {

  private ScriptedEvents() {}

  /**
   * Checks {@code records} against {@code expected}; returns each record's events by id, oldest
   * first, for the service's own checks of the last snapshot.
   */
  public static <E extends CaseEvent, T> Map<String, List<E>> check(
      List<? extends ScriptedRecord<?, T>> expected,
      List<ConsumerRecord<String, byte[]>> records,
      Function<byte[], E> read,
      Function<T, String> cloudEventType,
      int sample) {
    Map<String, List<E>> byId = new LinkedHashMap<>();
    Map<String, Integer> seenOfType = new LinkedHashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      String type = KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.TYPE).orElseThrow();
      E event = read.apply(record.value());
      assertThat(event.type()).isEqualTo(type);
      assertThat(event.caseId()).isEqualTo(record.key());
      assertThat(KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.SUBJECT))
          .contains(record.key());
      if (seenOfType.merge(type, 1, Integer::sum) % sample == 1) {
        assertThat(EventSchemas.violations(type, record.value()))
            .as("schema of %s", type)
            .isEmpty();
      }
      byId.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event);
    }
    assertThat(byId.keySet())
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(r -> r.id).toList());
    for (ScriptedRecord<?, T> r : expected) {
      List<E> mine = new ArrayList<>(byId.get(r.id));
      mine.sort(Comparator.comparingLong(CaseEvent::caseVersion));
      byId.put(r.id, mine);
      assertThat(mine)
          .as("%s: caseVersions", r)
          .extracting(CaseEvent::caseVersion)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, r.version).boxed().toList());
      assertThat(mine)
          .as("%s: event types in order", r)
          .extracting(CaseEvent::type)
          .containsExactlyElementsOf(r.events.stream().map(cloudEventType).toList());
    }
    return byId;
  }

  /** How many events of each type the script expects its records to have caused. */
  public static <T extends Enum<T>> Map<T, Long> expected(
      Class<T> types, List<? extends ScriptedRecord<?, T>> records) {
    Map<T, Long> counts = EventTypes.none(types);
    records.forEach(r -> r.events.forEach(type -> counts.merge(type, 1L, Long::sum)));
    return counts;
  }

  /** All the events of {@link #expected}. */
  public static long total(Map<?, Long> expected) {
    return expected.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The newest of a record's events, as {@link #check} returned them. */
  public static <E> E last(Map<String, List<E>> byId, String id) {
    List<E> events = byId.get(id);
    return events.get(events.size() - 1);
  }

  /**
   * No record's data holds a phone number ({@code phones}) or any of the script's {@code markers}
   * of personal data (names, free texts, whole ID numbers).
   */
  public static void checkNoPersonalData(
      List<ConsumerRecord<String, byte[]>> records, Pattern phones, List<String> markers) {
    for (ConsumerRecord<String, byte[]> record : records) {
      String data = new String(record.value(), StandardCharsets.UTF_8);
      assertThat(phones.matcher(data).find()).as("a phone number in %s", data).isFalse();
      assertThat(data).doesNotContain(markers);
    }
  }

  /**
   * Waits, a minute at most, until {@code drainedAndPublished}: the outbox is empty and the topics
   * hold every record the script expects.
   */
  public static void awaitPublished(Callable<Boolean> drainedAndPublished) {
    await("the outbox drained and every expected record published")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(drainedAndPublished);
  }
}
