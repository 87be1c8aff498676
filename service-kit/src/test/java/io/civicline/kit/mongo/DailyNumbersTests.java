package io.civicline.kit.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.civicline.kit.testing.InProcessMongo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

class DailyNumbersTests {

  static final InProcessMongo MONGO = new InProcessMongo();
  static final MongoClient CLIENT = MongoClients.create(MONGO.uri("numbers"));

  @AfterAll
  static void stop() {
    CLIENT.close();
    MONGO.stop();
  }

  @Test
  void twoInstancesNeverHandOutTheSameNumberAndEachCountsUpWithinItsBlock() {
    MongoTemplate mongo = new MongoTemplate(CLIENT, "numbers");
    DailyNumbers one = new DailyNumbers(mongo, "case_numbers", "MED", 3);
    DailyNumbers two = new DailyNumbers(mongo, "case_numbers", "MED", 3);
    LocalDate day = LocalDate.of(2026, 3, 14);

    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      numbers.add(one.next(day));
      numbers.add(two.next(day));
    }

    assertThat(new HashSet<>(numbers)).hasSize(10);
    assertThat(numbers.subList(0, 4))
        .containsExactly(
            "MED-20260314-000001", "MED-20260314-000004",
            "MED-20260314-000002", "MED-20260314-000005");
    assertThat(one.next(LocalDate.of(2026, 3, 15))).isEqualTo("MED-20260315-000001");
  }

  @Test
  void aBlockOfNoNumbersIsRefused() {
    MongoTemplate mongo = new MongoTemplate(CLIENT, "numbers");

    assertThatThrownBy(() -> new DailyNumbers(mongo, "case_numbers", "MED", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
