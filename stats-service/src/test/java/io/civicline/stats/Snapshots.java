package io.civicline.stats;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseEventType;
import io.civicline.events.MediationCaseSnapshot;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;

/**
 * Ticket and mediation case snapshots for figure tests: the contract's sample received ticket or
 * registered case with some fields changed, e.g. {@code ticket("district", "WUCUI")}. Instants are
 * written as ISO text, callbacks as {@code callback(at, rating)}.
 */
public final class Snapshots {

  public static final String CASE_REGISTERED = MediationCaseEventType.REGISTERED.cloudEventType();

  private static final Map<String, Object> TICKET = sampleSnapshot(TicketEvents.RECEIVED);
  private static final Map<String, Object> CASE = sampleSnapshot(CASE_REGISTERED);

  private Snapshots() {}

  public static TicketSnapshot ticket(Object... fieldsAndValues) {
    return EventJson.mapper().convertValue(with(TICKET, fieldsAndValues), TicketSnapshot.class);
  }

  /** The sample received ticket with the fields of {@code changes} set (null removes one). */
  public static TicketSnapshot ticket(Map<String, Object> changes) {
    Map<String, Object> fields = new LinkedHashMap<>(TICKET);
    fields.putAll(changes);
    return EventJson.mapper().convertValue(fields, TicketSnapshot.class);
  }

  public static MediationCaseSnapshot mediationCase(Object... fieldsAndValues) {
    return EventJson.mapper()
        .convertValue(with(CASE, fieldsAndValues), MediationCaseSnapshot.class);
  }

  public static Map<String, String> callback(String at, String rating) {
    return Map.of("at", at, "rating", rating);
  }

  public static TicketEvent ticketEvent(String caseId, long version, TicketSnapshot snapshot) {
    return new TicketEvent(
        TicketEvents.RECEIVED,
        UUID.randomUUID().toString(),
        caseId,
        version,
        Instant.parse("2026-03-14T01:00:00Z"),
        snapshot);
  }

  public static MediationCaseEvent caseEvent(
      String caseId, long version, MediationCaseSnapshot snapshot) {
    return new MediationCaseEvent(
        CASE_REGISTERED,
        UUID.randomUUID().toString(),
        caseId,
        version,
        Instant.parse("2026-03-14T01:00:00Z"),
        snapshot);
  }

  public static CloudEvent cloudEvent(MediationCaseEvent event) {
    return new CloudEvent(
        event.eventId(),
        "/mediation-service",
        event.type(),
        event.caseId(),
        event.occurredAt(),
        EventJson.write(event));
  }

  private static Map<String, Object> with(Map<String, Object> base, Object... fieldsAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>(base);
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      fields.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return fields;
  }

  private static Map<String, Object> sampleSnapshot(String type) {
    Map<String, Object> event =
        EventJson.mapper()
            .readValue(
                EventSchemas.sample(type).getBytes(StandardCharsets.UTF_8),
                new TypeReference<Map<String, Object>>() {});
    @SuppressWarnings("unchecked")
    Map<String, Object> snapshot = (Map<String, Object>) event.get("snapshot");
    return Map.copyOf(snapshot);
  }

  /** A list for a snapshot field, e.g. {@code returnedAt}. */
  public static List<Object> list(Object... values) {
    return List.of(values);
  }
}
