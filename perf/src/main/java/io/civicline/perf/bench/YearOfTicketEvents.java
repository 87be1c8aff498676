package io.civicline.perf.bench;

import io.civicline.events.CloudEvent;
import io.civicline.events.EventJson;
import io.civicline.events.KafkaCloudEvents;
import io.civicline.events.ReferenceData;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketEventType;
import io.civicline.events.TicketSnapshot;
import io.civicline.events.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Tickets of one year for stats-service, produced straight onto the ticket topic: one RECEIVED
 * event per ticket, spread over the year's days, districts and channels. Their ids derive from the
 * year, so a second fill of the same year adds nothing to the figures.
 */
final class YearOfTicketEvents {

  private static final Pattern RECEIVED = Pattern.compile("\"received\":(\\d+)");

  private YearOfTicketEvents() {}

  /** Produces {@code cases} tickets of {@code year} and waits until the figures show them all. */
  static void fill(
      int cases, int year, String bootstrap, String stats, DemoUserClient manager, PrintStream out)
      throws IOException, InterruptedException {
    String summary = stats + "/api/stats/hotline?period=" + year;
    long before = received(manager, summary);
    long started = System.nanoTime();
    produce(cases, year, bootstrap);
    double produced = (System.nanoTime() - started) / 1e9;
    out.printf("produced %,d ticket events in %.1f s%n", cases, produced);
    while (received(manager, summary) < cases) {
      Thread.sleep(1_000);
    }
    double counted = (System.nanoTime() - started) / 1e9;
    out.printf(
        "the figures show all %,d tickets %.1f s after the first was produced (%,.0f events/s;"
            + " %,d were there before)%n",
        cases, counted, cases / counted, before);
  }

  private static long received(DemoUserClient manager, String summary)
      throws IOException, InterruptedException {
    Matcher matcher = RECEIVED.matcher(manager.get(summary));
    return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
  }

  private static void produce(int cases, int year, String bootstrap) {
    ReferenceData reference = ReferenceData.defaults();
    ZoneId zone = ZoneId.of(reference.city().zone());
    List<String> districts = reference.districts().stream().map(ReferenceData.Code::code).toList();
    List<String> channels = reference.channels().stream().map(ReferenceData.Code::code).toList();
    List<String> categories =
        reference.ticketCategories().stream().map(ReferenceData.Code::code).toList();
    String type = TicketEventType.RECEIVED.cloudEventType();
    LocalDate first = LocalDate.of(year, 1, 1);
    int days = first.lengthOfYear();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                20,
                ProducerConfig.BATCH_SIZE_CONFIG,
                256 * 1024),
            new StringSerializer(),
            new ByteArraySerializer())) {
      for (int i = 0; i < cases; i++) {
        Instant at =
            first.plusDays(i % days).atTime(9, 0).atZone(zone).toInstant().plusSeconds(i % 30_000);
        String id = "bench-" + year + "-" + i;
        TicketSnapshot snapshot =
            TicketSnapshot.received(
                "12345-%d-%06d".formatted(year, i),
                "RECEIVED",
                channels.get(i % channels.size()),
                categories.get((i / 7) % categories.size()),
                districts.get((i / 3) % districts.size()),
                "NORMAL",
                at);
        TicketEvent event = new TicketEvent(type, id + "-1", id, 1, at, snapshot);
        producer.send(
            KafkaCloudEvents.toRecord(
                Topics.TICKET_EVENTS,
                new CloudEvent(event.eventId(), "/bench", type, id, at, EventJson.write(event))));
      }
    }
  }
}
