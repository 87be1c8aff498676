package io.civicline.stats;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.EventSchemas;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Ticket events for tests, built from the contract's sample event so they stay valid against it.
 */
public final class TicketEvents {

  public static final String RECEIVED = TicketEventType.RECEIVED.cloudEventType();
  public static final String SOURCE = "/hotline-service";

  private static final TicketEvent SAMPLE =
      EventJson.readTicketEvent(EventSchemas.sample(RECEIVED).getBytes(StandardCharsets.UTF_8));

  private TicketEvents() {}

  /**
   * Version {@code caseVersion} of ticket {@code caseId}, received at {@code receivedAt} in {@code
   * district}.
   */
  public static TicketEvent ticket(
      String caseId, long caseVersion, String district, Instant receivedAt) {
    TicketSnapshot s = SAMPLE.snapshot();
    TicketSnapshot snapshot =
        TicketSnapshot.received(
            s.number(), s.status(), s.channel(), s.category(), district, s.urgency(), receivedAt);
    return new TicketEvent(
        RECEIVED, UUID.randomUUID().toString(), caseId, caseVersion, receivedAt, snapshot);
  }

  public static TicketEvent received(String caseId, String district, Instant receivedAt) {
    return ticket(caseId, 1, district, receivedAt);
  }

  public static CloudEvent cloudEvent(TicketEvent event) {
    return new CloudEvent(
        event.eventId(),
        SOURCE,
        event.type(),
        event.caseId(),
        event.occurredAt(),
        EventJson.write(event));
  }
}
