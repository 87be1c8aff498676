package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.TopicRecords;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The types of the events on a topic: one aggregate's in order, or all counted by type. */
public final class EventTypes {

  private EventTypes() {}

  /** The {@code ce_type} of each event of {@code id} on {@code topic}, in the order published. */
  public static List<String> of(List<String> bootstrapServers, String topic, String id) {
    return TopicRecords.withKey(bootstrapServers, topic, id).stream()
        .map(
            record ->
                KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.TYPE).orElseThrow())
        .toList();
  }

  /**
   * Waits, 20 seconds at most, until the events of {@code id} on {@code topic} are of {@code
   * types}, exactly and in order; {@code cloudEventType} names a type as its {@code ce_type}.
   */
  @SafeVarargs
  public static <E> void awaitExactly(
      List<String> bootstrapServers,
      String topic,
      String id,
      Function<E, String> cloudEventType,
      E... types) {
    String[] expected = Arrays.stream(types).map(cloudEventType).toArray(String[]::new);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(of(bootstrapServers, topic, id)).containsExactly(expected));
  }

  /** Zero of every type: the counts a script adds the events it caused to. */
  public static <E extends Enum<E>> Map<E, Long> none(Class<E> types) {
    Map<E, Long> counts = new EnumMap<>(types);
    for (E type : types.getEnumConstants()) {
      counts.put(type, 0L);
    }
    return counts;
  }

  /** The records counted by their {@code ce_type}, each of which must be one of {@code types}. */
  public static <E extends Enum<E>> Map<E, Long> counted(
      Class<E> types,
      Function<E, String> cloudEventType,
      List<ConsumerRecord<String, byte[]>> records) {
    Map<String, E> byCloudEventType = new LinkedHashMap<>();
    for (E type : types.getEnumConstants()) {
      byCloudEventType.put(cloudEventType.apply(type), type);
    }
    Map<E, Long> counts = none(types);
    for (ConsumerRecord<String, byte[]> record : records) {
      String type = KafkaCloudEvents.header(record.headers(), KafkaCloudEvents.TYPE).orElse(null);
      assertThat(byCloudEventType).as("a known ce_type").containsKey(type);
      counts.merge(byCloudEventType.get(type), 1L, Long::sum);
    }
    return counts;
  }
}
