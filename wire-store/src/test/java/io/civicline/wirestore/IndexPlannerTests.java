package io.civicline.wirestore;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which index read {@link IndexPlanner} chooses, and what that read holds. */
class IndexPlannerTests {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final MVStore store = MVStore.open(null);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void statusesSortedNewestFirstAreReadBackwardsFromTheIndexInTheSortsOrder() {
    SecondaryIndex index = index("status_at", false, "status", "at");
    fill(index, 90);

    IndexScan scan =
        plan(
                List.of(index),
                new Document("status", new Document("$in", List.of("A", "B"))),
                new Document("at", -1),
                5)
            .orElseThrow();

    assertThat(scan.sortServed()).isTrue();
    assertThat(scan.reverse()).isTrue();
    assertThat(scan.exact()).isTrue();
    assertThat(scan.entries()).isEqualTo(60);
    // Statuses A, B, C by n % 3: the newest A or B first.
    assertThat(first(scan, 5)).containsExactly("T88", "T87", "T85", "T84", "T82");
  }

  @Test
  void aRangeAfterTheEqualFieldsHoldsOnlyThatRange() {
    SecondaryIndex index = index("status_at", false, "status", "at");
    fill(index, 90);
    Document filter =
        new Document("status", "A")
            .append("at", new Document("$gte", at(30)).append("$lt", at(60)));

    IndexScan scan = plan(List.of(index), filter, null, 0).orElseThrow();

    assertThat(scan.exact()).isTrue();
    assertThat(scan.entries()).isEqualTo(10);
    assertThat(first(scan, 10)).startsWith("T30", "T33").endsWith("T57");
  }

  @Test
  void aOneSidedRangeHoldsOnlyValuesOfItsBoundsType() {
    SecondaryIndex index = index("deadline", false, "deadline");
    add(index, "none", new Document());
    add(index, "number", new Document("deadline", 5));
    add(index, "text", new Document("deadline", "tomorrow"));
    add(index, "past", new Document("deadline", at(1)));
    add(index, "future", new Document("deadline", at(100)));

    IndexScan scan =
        plan(List.of(index), new Document("deadline", new Document("$lt", at(50))), null, 500)
            .orElseThrow();

    assertThat(first(scan, 10)).containsExactly("past");
    assertThat(scan.exact()).isTrue();
  }

  @Test
  void theIndexWithFewerEntriesForTheFilterIsChosen() {
    SecondaryIndex byStatus = index("status", false, "status");
    SecondaryIndex byDistrict = index("district", false, "district");
    for (int n = 0; n < 100; n++) {
      Document ticket = new Document("status", "A").append("district", n == 7 ? "RARE" : "COMMON");
      add(byStatus, "T" + n, ticket);
      add(byDistrict, "T" + n, ticket);
    }
    Document filter = new Document("status", "A").append("district", "RARE");

    IndexScan scan = plan(List.of(byStatus, byDistrict), filter, null, 0).orElseThrow();

    assertThat(scan.index()).isSameAs(byDistrict);
    assertThat(scan.exact()).as("status is left to the filter").isFalse();
    assertThat(first(scan, 10)).containsExactly("T7");
  }

  @Test
  void allWordsAreReadFromTheRarestWordsEntriesOnce() {
    SecondaryIndex index = index("words_at", false, "words", "at");
    for (int n = 0; n < 50; n++) {
      List<String> words = n % 10 == 0 ? List.of("路灯", "灯不", "路灯") : List.of("路灯");
      add(index, "T" + n, new Document("words", words).append("at", at(n)));
    }
    Document filter = new Document("words", new Document("$all", List.of("路灯", "灯不")));

    IndexScan scan = plan(List.of(index), filter, new Document("at", -1), 20).orElseThrow();

    assertThat(scan.entries()).isEqualTo(5);
    assertThat(scan.sortServed()).isTrue();
    assertThat(scan.exact()).isFalse();
    assertThat(first(scan, 10)).containsExactly("T40", "T30", "T20", "T10", "T0");
  }

  @Test
  void aSortOnAnArrayFieldIsNotReadFromTheIndex() {
    SecondaryIndex index = index("tags", false, "tags");
    add(index, "T1", new Document("tags", List.of("b", "a")));

    Optional<IndexScan> scan =
        plan(List.of(index), new Document("tags", "a"), new Document("tags", 1), 1);

    assertThat(scan).hasValueSatisfying(read -> assertThat(read.sortServed()).isFalse());
  }

  @Test
  void aSparseIndexIsNotReadForASortAlone() {
    SecondaryIndex index = index("at", true, "at");
    fill(index, 10);

    assertThat(plan(List.of(index), new Document(), new Document("at", 1), 5)).isEmpty();
  }

  @Test
  void whetherAFieldExistsIsReadFromTheWholeSparseIndexWhichLeavesOutEmptyArrays() {
    SecondaryIndex index = index("pending", true, "outbox.eventId");
    add(index, "T1", new Document("outbox", List.of(new Document("eventId", "e1"))));
    add(index, "T2", new Document("outbox", List.of()));
    add(index, "T3", new Document("outbox", List.of(new Document("type", "x"))));
    add(index, "T4", new Document());
    Document pending = new Document("outbox.eventId", new Document("$exists", true));

    IndexScan scan = plan(List.of(index), pending, new Document("_id", 1), 500).orElseThrow();

    assertThat(scan.entries()).isEqualTo(1);
    assertThat(scan.exact()).isFalse();
    assertThat(first(scan, 10)).containsExactly("T1");
  }

  @Test
  void whetherAFieldIsMissingIsNotReadFromASparseIndex() {
    SecondaryIndex index = index("pending", true, "outbox.eventId");
    add(index, "T1", new Document("outbox", List.of(new Document("eventId", "e1"))));
    Document none = new Document("outbox.eventId", new Document("$exists", false));

    assertThat(plan(List.of(index), none, new Document("_id", 1), 500)).isEmpty();
  }

  private Optional<IndexScan> plan(
      List<SecondaryIndex> indexes, Document filter, Document sort, int wanted) {
    return IndexPlanner.plan(indexes, filter, sort, wanted, 1_000_000);
  }

  private SecondaryIndex index(String name, boolean sparse, String... fields) {
    List<IndexKey> keys = new ArrayList<>();
    for (String field : fields) {
      keys.add(new IndexKey(field, true));
    }
    return new SecondaryIndex(
        name,
        keys,
        sparse,
        TypedMaps.openSecondaryIndex(store, "hotline.tickets", name),
        new IndexFacts(store.openMap("meta.hotline.tickets"), name));
  }

  /** Ticket n: status A, B or C by n % 3, at minute n. */
  private static void fill(SecondaryIndex index, int tickets) {
    for (int n = tickets - 1; n >= 0; n--) {
      String status = List.of("A", "B", "C").get(n % 3);
      add(index, "T" + n, new Document("status", status).append("at", at(n)));
    }
  }

  private static void add(SecondaryIndex index, String id, Document document) {
    document.put("_id", id);
    index.add(document, id, null);
  }

  private static Instant at(int minute) {
    return START.plusSeconds(60L * minute);
  }

  private static List<Object> first(IndexScan scan, int count) {
    List<Object> ids = new ArrayList<>();
    Iterator<Object> positions = scan.positions();
    while (positions.hasNext() && ids.size() < count) {
      ids.add(positions.next());
    }
    return ids;
  }
}
