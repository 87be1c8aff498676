package io.civicline.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping of event data. Readers ignore unknown fields (so producers may add optional
 * fields); absent optional fields are left out rather than written as null.
 */
public final class EventJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .changeDefaultPropertyInclusion(
              inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
          .build();

  private EventJson() {}

  public static byte[] write(CaseEvent event) {
    return MAPPER.writeValueAsBytes(event);
  }

  public static byte[] write(TicketReferral referral) {
    return MAPPER.writeValueAsBytes(referral);
  }

  public static TicketReferral readTicketReferral(byte[] data) {
    try {
      TicketReferral referral = MAPPER.readValue(data, TicketReferral.class);
      if (!TicketReferral.TYPE.equals(referral.type())
          || referral.ticketId() == null
          || referral.eventId() == null
          || referral.referredAt() == null) {
        throw new MalformedEventException("referral lacks type, eventId, ticketId or referredAt");
      }
      return referral;
    } catch (JacksonException e) {
      throw new MalformedEventException("not a TicketReferral: " + e.getOriginalMessage(), e);
    }
  }

  public static TicketEvent readTicketEvent(byte[] data) {
    return read(data, TicketEvent.class);
  }

  public static MediationCaseEvent readMediationCaseEvent(byte[] data) {
    return read(data, MediationCaseEvent.class);
  }

  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** The fields every snapshot has (the schemas' {@code required}); readers ignore the rest. */
  private static void requireSnapshotFields(Record snapshot) {
    boolean complete = true;
    if (snapshot instanceof TicketSnapshot s) {
      complete =
          s.status() != null
              && s.channel() != null
              && s.category() != null
              && s.district() != null
              && s.receivedAt() != null;
    } else if (snapshot instanceof MediationCaseSnapshot s) {
      complete =
          s.status() != null
              && s.disputeType() != null
              && s.district() != null
              && s.source() != null
              && s.registeredAt() != null;
    }
    if (!complete) {
      throw new MalformedEventException(
          "the snapshot lacks one of the fields the contract requires of it");
    }
  }

  private static <T extends CaseEvent> T read(byte[] data, Class<T> type) {
    try {
      T event = MAPPER.readValue(data, type);
      if (event.type() == null
          || event.eventId() == null
          || event.caseId() == null
          || event.occurredAt() == null
          || event.snapshot() == null
          || event.caseVersion() < 1) {
        throw new MalformedEventException(
            "event lacks type, eventId, caseId, caseVersion, occurredAt or snapshot");
      }
      requireSnapshotFields(event.snapshot());
      return event;
    } catch (JacksonException e) {
      throw new MalformedEventException(
          "not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
