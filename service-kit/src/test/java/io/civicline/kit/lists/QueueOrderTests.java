package io.civicline.kit.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.testing.InProcessMongo;
import io.civicline.kit.testing.IndexedFinds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

class QueueOrderTests {

  static final InProcessMongo MONGO = new InProcessMongo();
  static final IndexedFinds FINDS = new IndexedFinds();
  static final MongoClient CLIENT =
      MongoClients.create(
          MongoClientSettings.builder()
              .applyConnectionString(new ConnectionString(MONGO.uri("queues")))
              .addCommandListener(FINDS)
              .build());
  static final MongoTemplate MONGO_TEMPLATE = new MongoTemplate(CLIENT, "queues");
  static final Instant T0 = Instant.parse("2026-03-12T08:00:00Z");

  /** An item of a desk's queue: the urgent first, then the rest. */
  @org.springframework.data.mongodb.core.mapping.Document("items")
  record Item(@Id String id, String desk, boolean urgent, Instant at) {}

  @AfterAll
  static void stop() {
    CLIENT.close();
    MONGO.stop();
  }

  @Test
  void pagesShowEachItemOnceInTheOrderOfThePartsWithTiesAndArrivalsBetweenPages() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      expected.add(insert("walk", "u" + i, true, T0.plusSeconds(i / 2)));
    }
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rest.add(insert("walk", "r" + i, false, T0.plusSeconds(i / 3)));
    }
    insert("elsewhere", "e0", true, T0);

    List<String> seen = new ArrayList<>();
    QueueCursor after = null;
    int pages = 0;
    do {
      QueueOrder.Page<Item> page = read("walk", 3, after);
      page.items().forEach(item -> seen.add(item.id()));
      after = page.next() == null ? null : QueueCursor.of(page.next().token());
      // Later than every item of the rest: the walk reaches it.
      rest.add(insert("walk", "n" + pages, false, T0.plusSeconds(100 + pages)));
      pages++;
    } while (after != null && pages < 20);

    expected.addAll(rest.subList(0, rest.size() - 1));
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void aPageThatEndsAPartHasANextPageOnlyWhenALaterPartHasItems() {
    insert("ends", "u0", true, T0);
    insert("ends", "u1", true, T0.plusSeconds(1));
    assertThat(read("ends", 2, null).next()).isNull();

    insert("ends", "r0", false, T0);
    QueueOrder.Page<Item> first = read("ends", 2, null);
    assertThat(first.next())
        .isEqualTo(new QueueCursor(0, new PageCursor(T0.plusSeconds(1), "ends-u1")));
    QueueOrder.Page<Item> second = read("ends", 2, first.next());
    assertThat(second.items()).extracting(Item::id).containsExactly("ends-r0");
    assertThat(second.next()).isNull();
  }

  @Test
  void eachPartIsReadThroughAnIndexThatServesItsOrder() {
    var items = CLIENT.getDatabase("queues").getCollection("items");
    items.createIndex(new Document("desk", 1).append("urgent", 1).append("at", 1).append("_id", 1));
    insert("indexed", "u0", true, T0);
    insert("indexed", "r0", false, T0);
    FINDS.clear();

    read("indexed", 1, read("indexed", 1, null).next());

    List<Document> indexes = items.listIndexes().into(new ArrayList<>());
    assertThat(FINDS.of("items"))
        .hasSize(4)
        .allSatisfy(find -> assertThat(IndexedFinds.servingIndex(find, indexes)).isPresent());
    Document byTimeOnly = new Document("name", "at").append("key", new Document("at", 1));
    assertThat(IndexedFinds.servingIndex(FINDS.of("items").get(0), List.of(byTimeOnly))).isEmpty();
  }

  @Test
  void aTokenNotMadeForTheQueueIsRefusedNamingAfter() {
    String place = new PageCursor(T0, "u0").token();
    for (String token : new String[] {"x", "1.", "a." + place, place, "12." + place, "0.%%"}) {
      assertThatThrownBy(() -> QueueCursor.of(token))
          .as(token)
          .isInstanceOfSatisfying(
              InvalidRequestException.class,
              e -> assertThat(e.fields()).singleElement().extracting("field").isEqualTo("after"));
    }
    assertThat(QueueCursor.of(" ")).isNull();
    QueueCursor beyond = QueueCursor.of("2." + place);
    assertThatThrownBy(() -> read("beyond", 2, beyond))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.fields()).singleElement().extracting("field").isEqualTo("after"));
  }

  private static QueueOrder.Page<Item> read(String desk, int size, QueueCursor after) {
    QueueOrder urgentFirst =
        new QueueOrder(
            "at",
            List.of(
                Criteria.where("desk").is(desk).and("urgent").is(true),
                Criteria.where("desk").is(desk).and("urgent").is(false)));
    return urgentFirst.read(
        MONGO_TEMPLATE, Item.class, size, after, item -> item, i -> new PageCursor(i.at(), i.id()));
  }

  private static String insert(String desk, String id, boolean urgent, Instant at) {
    MONGO_TEMPLATE.insert(new Item(desk + "-" + id, desk, urgent, at));
    return desk + "-" + id;
  }
}
