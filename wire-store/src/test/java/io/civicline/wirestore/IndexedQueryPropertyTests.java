package io.civicline.wirestore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random documents and random filters, sorts and limits: the file backend reading through its
 * indexes answers what mongo-java-server's own backend answers by scanning, for finds and counts. A
 * failure names the seed; {@code -Dwirestore.seed=<seed>} runs that one again.
 */
class IndexedQueryPropertyTests {

  private static final int DOCUMENTS = 400;
  private static final int QUERIES = 200;
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path dir;

  @Test
  void indexedReadsAnswerWhatAScanAnswers() {
    long seed = Long.getLong("wirestore.seed", System.nanoTime());
    System.out.println("IndexedQueryPropertyTests seed " + seed);
    Random random = new Random(seed);
    List<Document> documents = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      documents.add(document(random, i));
    }
    try (InProcessServer scanned = InProcessServer.plain();
        InProcessServer indexed = InProcessServer.open(dir.resolve("civicline.mv"))) {
      MongoCollection<Document> plain = scanned.tickets();
      MongoCollection<Document> subject = indexed.tickets();
      createIndexes(subject);
      plain.insertMany(documents.subList(0, DOCUMENTS / 2));
      subject.insertMany(documents.subList(0, DOCUMENTS / 2));
      // Half before and half after the indexes exist, and some changed.
      createIndexes(subject);
      plain.insertMany(copies(documents.subList(DOCUMENTS / 2, DOCUMENTS)));
      subject.insertMany(copies(documents.subList(DOCUMENTS / 2, DOCUMENTS)));
      Document change = new Document("$set", new Document("b", "q").append("tags", List.of("t1")));
      plain.updateMany(new Document("a", 1), change);
      subject.updateMany(new Document("a", 1), change);

      for (int q = 0; q < QUERIES; q++) {
        Document filter = filter(random);
        Document sort = random.nextInt(4) == 0 ? null : sort(random);
        int limit = sort == null || random.nextBoolean() ? 0 : 1 + random.nextInt(20);
        int skip = limit > 0 && random.nextInt(4) == 0 ? random.nextInt(5) : 0;
        String query = "seed " + seed + ", filter " + filter.toJson() + ", sort " + sort;
        assertThat(ids(subject.find(filter), sort, skip, limit))
            .as(query + ", limit " + limit + ", skip " + skip)
            .isEqualTo(ids(plain.find(filter), sort, skip, limit));
        assertThat(subject.countDocuments(filter))
            .as("count, " + query)
            .isEqualTo(plain.countDocuments(filter));
      }
    }
  }

  private static void createIndexes(MongoCollection<Document> tickets) {
    tickets.createIndex(Indexes.ascending("a"));
    tickets.createIndex(Indexes.compoundIndex(Indexes.ascending("b"), Indexes.descending("c")));
    tickets.createIndex(Indexes.ascending("tags", "c"));
    tickets.createIndex(Indexes.ascending("d.e", "b"));
    tickets.createIndex(Indexes.ascending("c"), new IndexOptions().sparse(true));
    // Mostly empty arrays: MongoDB keeps those documents in the index all the same.
    tickets.createIndex(Indexes.ascending("k.at", "k.n"));
    // ... but not in a sparse one (as the outbox's): read for $exists.
    tickets.createIndex(Indexes.ascending("k.n"), new IndexOptions().sparse(true));
  }

  private static Document document(Random random, int i) {
    Document document = new Document("_id", "D" + i);
    maybe(random, document, "a", a(random));
    maybe(random, document, "b", pick(random, "p", "q", "r"));
    maybe(random, document, "c", c(random));
    maybe(random, document, "tags", random.nextInt(5) == 0 ? "t1" : tags(random));
    maybe(random, document, "d", new Document("e", random.nextInt(5)));
    maybe(
        random, document, "k", random.nextInt(5) == 0 ? List.of(k(random), k(random)) : List.of());
    return document;
  }

  private static void maybe(Random random, Document document, String field, Object value) {
    if (random.nextInt(6) != 0) {
      document.append(field, value);
    }
  }

  private static Object a(Random random) {
    return pick(random, null, 0, 1, 2, 2.0, 3L, "x", "y");
  }

  /** An element of k: with or without n (then k.n exists only through another element). */
  private static Document k(Random random) {
    Document k = new Document("at", random.nextInt(5));
    return random.nextInt(3) == 0 ? k : k.append("n", pick(random, "p", "q", null));
  }

  private static Object c(Random random) {
    return random.nextInt(8) == 0 ? random.nextInt(100) : date(random);
  }

  private static Date date(Random random) {
    return Date.from(START.plusSeconds(60L * random.nextInt(100)));
  }

  private static List<Object> tags(Random random) {
    List<Object> tags = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      tags.add(pick(random, "t1", "t2", "t3", "t4", "t5"));
    }
    return tags;
  }

  private static Document filter(Random random) {
    Document filter = new Document();
    for (int terms = 1 + random.nextInt(3); terms > 0; terms--) {
      Document term = term(random);
      String field = term.keySet().iterator().next();
      if (filter.containsKey(field) || random.nextInt(8) == 0) {
        filter.append("$and", List.of(term, new Document()));
      } else {
        filter.putAll(term);
      }
    }
    return filter;
  }

  private static Document term(Random random) {
    return switch (random.nextInt(15)) {
      case 13 -> new Document("k.n", new Document("$exists", random.nextInt(4) != 0));
      case 14 -> new Document("c", new Document("$exists", random.nextInt(4) != 0));
      case 11 -> new Document("k.at", new Document("$gte", random.nextInt(5)));
      case 12 -> new Document("a", new Document("$exists", random.nextBoolean()));
      case 0 -> new Document("a", a(random));
      case 1 -> new Document("a", new Document("$in", Arrays.asList(a(random), a(random))));
      case 2 -> new Document("b", pick(random, "p", "q", "r"));
      case 3 -> new Document("b", new Document("$in", List.of("p", pick(random, "q", "r"))));
      case 4 ->
          new Document("c", new Document(pick(random, "$gt", "$gte", "$lt", "$lte"), c(random)));
      case 5 -> new Document("c", new Document("$gte", date(random)).append("$lt", date(random)));
      case 6 -> new Document("tags", pick(random, "t1", "t2", "t3"));
      case 7 -> new Document("tags", new Document("$all", List.of(pick(random, "t1", "t2"), "t3")));
      case 8 -> new Document("d.e", new Document("$gte", random.nextInt(5)));
      case 9 -> new Document("b", new Document("$ne", pick(random, "p", "q")));
      default -> new Document("tags", new Document("$in", List.of("t4", pick(random, "t5", "t1"))));
    };
  }

  private static Document sort(Random random) {
    int direction = random.nextBoolean() ? 1 : -1;
    int idDirection = random.nextInt(3) == 0 ? -direction : direction;
    return switch (random.nextInt(4)) {
      case 0 -> new Document("c", direction).append("_id", idDirection);
      case 1 -> new Document("b", direction).append("c", direction).append("_id", idDirection);
      case 2 -> new Document("_id", direction);
      default -> new Document("d.e", direction).append("b", direction).append("_id", direction);
    };
  }

  private static List<Object> ids(FindIterable<Document> find, Document sort, int skip, int limit) {
    List<Object> ids = new ArrayList<>();
    find.sort(sort).skip(skip).limit(limit).forEach(d -> ids.add(d.get("_id")));
    if (sort == null) {
      ids.sort((x, y) -> x.toString().compareTo(y.toString()));
    }
    return ids;
  }

  private static List<Document> copies(List<Document> documents) {
    return documents.stream().map(d -> Document.parse(d.toJson())).toList();
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }
}
