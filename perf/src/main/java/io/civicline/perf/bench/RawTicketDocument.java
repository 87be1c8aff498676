package io.civicline.perf.bench;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/**
 * A document shaped like a stored ticket (about 1 KB of BSON): number, status, codes, caller,
 * description, timestamps, and an outbox of one event of about 600 bytes, as hotline-service writes
 * it on create.
 */
final class RawTicketDocument {

  private RawTicketDocument() {}

  static Document of(long sequence) {
    String id = UUID.randomUUID().toString();
    String district =
        TicketRequestBody.DISTRICTS.get((int) (sequence % TicketRequestBody.DISTRICTS.size()));
    String number = String.format("12345-BENCH-%012d", sequence);
    Date now = Date.from(Instant.now());
    String eventData =
        String.format(
            "{\"type\":\"civicline.ticket.received.v1\",\"eventId\":\"%s\",\"caseId\":\"%s\","
                + "\"caseVersion\":1,\"occurredAt\":\"%s\",\"snapshot\":{\"number\":\"%s\","
                + "\"channel\":\"PHONE\",\"category\":\"COMPLAINT\",\"district\":\"%s\","
                + "\"urgency\":\"NORMAL\",\"receivedAt\":\"%s\",\"overdue\":false,"
                + "\"supervised\":false,\"status\":\"RECEIVED\"}}",
            UUID.randomUUID(), id, now.toInstant(), number, district, now.toInstant());
    Document event =
        new Document("eventId", UUID.randomUUID().toString())
            .append("topic", "hotline.ticket-events")
            .append("key", id)
            .append("type", "civicline.ticket.received.v1")
            .append("source", "/hotline-service")
            .append("time", now)
            .append("data", eventData);
    return new Document("_id", id)
        .append("number", number)
        .append("version", 1L)
        .append("status", "RECEIVED")
        .append("channel", "PHONE")
        .append("category", "COMPLAINT")
        .append("district", district)
        .append("urgency", "NORMAL")
        .append(
            "caller",
            new Document("name", "张三")
                .append("phone", String.format("138%08d", sequence % 100_000_000L))
                .append("anonymous", false))
        .append("description", "路灯不亮，已经三天了。小区东门到二号楼之间的三盏路灯晚上都不亮，老人孩子走路不安全，请尽快修理。")
        .append("receivedAt", now)
        .append("receivedBy", "agent")
        .append("_class", "io.civicline.hotline.store.TicketDocument")
        .append("outbox", List.of(event));
  }

  /** The BSON size of a document, in bytes. */
  static int bsonSize(Document document) {
    return new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
  }
}
