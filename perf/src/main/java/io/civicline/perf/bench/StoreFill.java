package io.civicline.perf.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.civicline.events.ReferenceData;
import io.civicline.perf.load.CityLoad;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/**
 * Fills the services' stores for the scale benchmark: a few hundred real tickets and cases made
 * through the APIs by the load generator (statuses, departments, mediators and words as its
 * journeys make them), then copies of them inserted straight into the MongoDB-wire server, varied
 * by {@link CloneVariation}, up to the numbers wanted.
 */
final class StoreFill {

  /** Below this many tickets, the store has no templates of its own yet: the load makes them. */
  private static final long SEEDED = 100;

  private static final int TEMPLATES = 2_000;
  private static final Duration YEAR = Duration.ofDays(365);

  private final MongoCollection<Document> tickets;
  private final MongoCollection<Document> cases;
  private final List<String> districts;
  private final ZoneId zone;
  private final PrintStream out;

  StoreFill(MongoDatabase hotline, MongoDatabase mediation, PrintStream out) {
    this.tickets = hotline.getCollection(CloneShape.TICKETS.collection());
    this.cases = mediation.getCollection(CloneShape.CASES.collection());
    ReferenceData reference = ReferenceData.defaults();
    this.districts = reference.districts().stream().map(ReferenceData.Code::code).toList();
    this.zone = ZoneId.of(reference.city().zone());
    this.out = out;
  }

  /**
   * Runs the load generator's small preset on the stack unless the store holds tickets already; its
   * output goes to {@code log}.
   */
  void seed(String hotline, String mediation, String stats, Path log) {
    if (tickets.estimatedDocumentCount() >= SEEDED) {
      return;
    }
    out.printf(
        "making real tickets and cases through the APIs (./load.sh --preset=small), log %s ...%n",
        log);
    long started = System.nanoTime();
    try (PrintStream loadLog =
        new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
      new CityLoad(loadLog)
          .run(
              "--preset=small",
              "--hotline=" + hotline,
              "--mediation=" + mediation,
              "--stats=" + stats,
              "--settle=0");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.printf(
        "  %,d tickets and %,d cases made in %.0f s%n",
        tickets.estimatedDocumentCount(),
        cases.estimatedDocumentCount(),
        (System.nanoTime() - started) / 1e9);
  }

  /** Copies up to {@code ticketCount} tickets and {@code caseCount} cases; prints the rate. */
  void fill(long ticketCount, long caseCount) {
    fill(tickets, CloneShape.TICKETS, ticketCount);
    fill(cases, CloneShape.CASES, caseCount);
  }

  /**
   * Inserts {@code count} copies per collection whose first watcher time falls within {@code span}
   * from now: the work of the watchers' rounds while the benchmark measures.
   */
  void due(int count, Duration span) {
    due(tickets, CloneShape.TICKETS, count, span);
    due(cases, CloneShape.CASES, count, span);
  }

  private void fill(MongoCollection<Document> collection, CloneShape shape, long target) {
    DocumentClones clones = new DocumentClones(collection);
    List<RawBsonDocument> templates = clones.templates(new Document(), TEMPLATES);
    long started = System.nanoTime();
    long inserted =
        clones.fillUpTo(
            target,
            templates,
            CloneVariation.spread(shape, Instant.now(), YEAR, districts, zone),
            out);
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        "%s: %,d copies of %,d templates inserted in %.0f s (%,.0f documents/s); %,d in store%n",
        collection.getNamespace(),
        inserted,
        templates.size(),
        seconds,
        inserted / Math.max(seconds, 1e-9),
        collection.estimatedDocumentCount());
  }

  private void due(
      MongoCollection<Document> collection, CloneShape shape, int count, Duration span) {
    DocumentClones clones = new DocumentClones(collection);
    List<RawBsonDocument> running =
        clones.templates(new Document(), TEMPLATES).stream()
            .filter(template -> shape.isRunning(template.decode(new DocumentCodec())))
            .toList();
    if (running.isEmpty()) {
      out.printf(
          "%s: no running document to make due: the watcher's rounds will find none%n",
          collection.getNamespace());
      return;
    }
    long inserted =
        clones.insert(
            count, running, CloneVariation.due(shape, Instant.now(), span, districts, zone), out);
    out.printf(
        "%s: %,d copies fall due for the watcher within %d s%n",
        collection.getNamespace(), inserted, span.toSeconds());
  }
}
