package io.civicline.kit.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DeadlineKeyTests {

  @Test
  void keysSortAsTheirDeadlines() {
    String earlier = DeadlineKey.of(Instant.parse("2026-11-27T09:00:00Z"), "b");
    String later = DeadlineKey.of(Instant.parse("2026-11-27T09:00:00.001Z"), "a");

    assertThat(earlier).isLessThan(later).endsWith("|b");
  }

  @Test
  void beforeMatchesExactlyTheDeadlinesBeforeTheInstant() {
    Random random = new Random(12345);
    for (int i = 0; i < 20_000; i++) {
      Instant now = Instant.ofEpochMilli(1_000_000_000L + random.nextLong(4_102_444_800_000L));
      Instant deadline =
          i % 3 == 0 ? now : now.plusMillis(random.nextLong(2_000_000_000L) - 1_000_000_000L);
      Pattern before = DeadlineKey.before(now);

      assertThat(before.matcher(DeadlineKey.of(deadline, "t" + i)).find())
          .as("deadline %s, now %s", deadline, now)
          .isEqualTo(deadline.isBefore(now));
    }
  }

  @Test
  void nothingLiesBeforeTheEpoch() {
    assertThat(DeadlineKey.before(Instant.EPOCH).matcher(DeadlineKey.of(Instant.EPOCH, "a")).find())
        .isFalse();
    assertThatThrownBy(() -> DeadlineKey.of(Instant.EPOCH.minusMillis(1), "a"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
