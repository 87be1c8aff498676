package io.civicline.kit.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.testing.InProcessMongo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class PageCursorTests {

  static final InProcessMongo MONGO = new InProcessMongo();
  static final MongoClient CLIENT = MongoClients.create(MONGO.uri("lists"));
  static final Instant T0 = Instant.parse("2026-03-12T08:00:00Z");

  @AfterAll
  static void stop() {
    CLIENT.close();
    MONGO.stop();
  }

  @Test
  void aTokenNamesThePlaceItWasMadeFromToTheMillisecond() {
    PageCursor place = new PageCursor(T0.plusNanos(1_234_567), "65f0a1b2c3d4e5f601234567");

    PageCursor again = PageCursor.of(place.token());

    assertThat(again).isEqualTo(place);
    assertThat(again.at()).isEqualTo(T0.plusMillis(1));
  }

  @Test
  void aTokenNotMadeHereIsRefusedNamingAfter() {
    String notOurs =
        Base64.getUrlEncoder().encodeToString("12~a b".getBytes(StandardCharsets.UTF_8));
    for (String token : new String[] {"", "x", "%%%", notOurs, "A".repeat(300), "MTI"}) {
      assertThatThrownBy(() -> PageCursor.of(token))
          .as(token)
          .isInstanceOfSatisfying(
              InvalidRequestException.class,
              e -> assertThat(e.fields()).singleElement().extracting("field").isEqualTo("after"));
    }
  }

  @Test
  void newestFirstPagesShowEachItemOnceInOrderWithTiesAndInsertsBetweenPages() {
    List<String> seen = walk("newest", Sort.Direction.DESC);

    List<String> expected = new ArrayList<>();
    for (int i = 29; i >= 0; i--) {
      expected.add(id(i));
    }
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void oldestFirstPagesShowEachItemOnceInOrderWithTiesAndInsertsBetweenPages() {
    List<String> seen = walk("oldest", Sort.Direction.ASC);

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      expected.add(id(i));
    }
    // The items inserted while walking are newer than every page: the last pages show them.
    expected.addAll(List.of("n1", "n2", "n3"));
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  /**
   * 30 items, three to a time (ties on the sort time), walked four at a time; before the second,
   * third and fourth page an item newer than all is inserted, which a newest-first walk has passed.
   */
  private static List<String> walk(String collection, Sort.Direction direction) {
    MongoTemplate mongo = new MongoTemplate(CLIENT, "lists");
    for (int i = 0; i < 30; i++) {
      mongo.insert(item(id(i), T0.plusSeconds(i / 3)), collection);
    }
    List<String> seen = new ArrayList<>();
    PageCursor after = null;
    for (int page = 0; page < 20; page++) {
      if (page >= 1 && page <= 3) {
        mongo.insert(item("n" + page, T0.plusSeconds(100 + page)), collection);
      }
      Query query =
          new Query(after == null ? new Criteria() : after.past("at", direction))
              .with(PageCursor.order("at", direction))
              .limit(4);
      List<Document> items = mongo.find(query, Document.class, collection);
      if (items.isEmpty()) {
        break;
      }
      items.forEach(item -> seen.add(item.getString("_id")));
      Document last = items.get(items.size() - 1);
      after = new PageCursor(last.getDate("at").toInstant(), last.getString("_id"));
    }
    return seen;
  }

  private static Document item(String id, Instant at) {
    return new Document("_id", id).append("at", Date.from(at));
  }

  private static String id(int i) {
    return "i%02d".formatted(i);
  }
}
