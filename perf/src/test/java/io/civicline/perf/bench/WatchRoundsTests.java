package io.civicline.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatchRoundsTests {

  static String exposition(long fast, long underBar, long slow, double marked, double max) {
    String tags = "application=\"hotline-service\",round=\"tickets overdue\"";
    long all = fast + underBar + slow;
    return String.join(
        "\n",
        "# HELP civicline_deadline_watch_round_seconds One round of an overdue watcher",
        "# TYPE civicline_deadline_watch_round_seconds histogram",
        "civicline_deadline_watch_round_seconds{" + tags + ",quantile=\"0.99\"} 0.2",
        "civicline_deadline_watch_round_seconds_bucket{" + tags + ",le=\"0.01\"} " + fast,
        "civicline_deadline_watch_round_seconds_bucket{"
            + tags
            + ",le=\"0.05\"} "
            + (fast + underBar),
        "civicline_deadline_watch_round_seconds_bucket{" + tags + ",le=\"1.0\"} " + all,
        "civicline_deadline_watch_round_seconds_bucket{" + tags + ",le=\"+Inf\"} " + all,
        "civicline_deadline_watch_round_seconds_count{" + tags + "} " + all,
        "civicline_deadline_watch_round_seconds_max{" + tags + "} " + max,
        "civicline_deadline_watch_marked_total{" + tags + "} " + marked,
        "jvm_threads_live_threads{application=\"hotline-service\"} 40",
        "");
  }

  @Test
  void theRoundsBetweenTwoReadingsAreTheirDifference() {
    WatchRounds before = WatchRounds.parse(exposition(10, 0, 1, 30, 0.9));
    WatchRounds after = WatchRounds.parse(exposition(108, 2, 1, 530, 0.04));

    WatchRounds between = after.since(before);

    assertThat(between.count("tickets overdue")).isEqualTo(100);
    assertThat(between.marked()).containsEntry("tickets overdue", 500.0);
    assertThat(between.max()).containsEntry("tickets overdue", 0.04);
    assertThat(between.percentileBound("tickets overdue", 50)).isEqualTo(10_000_000);
    assertThat(between.percentileBound("tickets overdue", 99)).isEqualTo(50_000_000);
  }

  @Test
  void aRoundOverTheBarFailsItsRow() {
    WatchRounds rounds = WatchRounds.parse(exposition(90, 8, 2, 0, 0.6));

    ScaleRow row = ScaleRow.ofRounds("round", rounds, "tickets overdue", Duration.ofMillis(50));

    assertThat(row.p99()).isEqualTo(1_000_000_000L);
    assertThat(row.max()).isEqualTo(600_000_000L);
    assertThat(row.passes()).isFalse();
  }

  @Test
  void aRoundNeverRunIsNoPass() {
    WatchRounds none = WatchRounds.parse("");

    assertThat(none.count("cases overdue")).isZero();
    assertThat(ScaleRow.ofRounds("round", none, "cases overdue", Duration.ofMillis(50)).passes())
        .isFalse();
  }
}
