package io.civicline.stats.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

class KafkaStreamsHealthIndicatorTests {

  private final StreamsBuilderFactoryBean factory = mock(StreamsBuilderFactoryBean.class);
  private final KafkaStreams streams = mock(KafkaStreams.class);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T06:00:00Z"));
  private final StreamThreadFailures failures = new StreamThreadFailures(clock);
  private final KafkaStreamsHealthIndicator indicator =
      new KafkaStreamsHealthIndicator(factory, failures);

  @ParameterizedTest
  @EnumSource(names = {"RUNNING", "REBALANCING"})
  void isUpWhileRunningOrRebalancing(KafkaStreams.State state) {
    given(factory.getKafkaStreams()).willReturn(streams);
    given(streams.state()).willReturn(state);

    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("state", state.name());
  }

  @ParameterizedTest
  @EnumSource(names = {"CREATED", "ERROR", "PENDING_SHUTDOWN", "NOT_RUNNING", "PENDING_ERROR"})
  void isDownInEveryOtherStateAndSaysWhich(KafkaStreams.State state) {
    given(factory.getKafkaStreams()).willReturn(streams);
    given(streams.state()).willReturn(state);

    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("state", state.name());
  }

  @Test
  void isDownBeforeTheStreamExists() {
    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("state", "NOT_CREATED");
  }

  @Test
  void isDownWhileStreamThreadsKeepDyingAndUpOnceTheStreakIsOver() {
    given(factory.getKafkaStreams()).willReturn(streams);
    given(streams.state()).willReturn(KafkaStreams.State.RUNNING);
    failures.died(new IllegalStateException("first"));
    failures.died(new IllegalStateException("second"));
    assertThat(indicator.health().getStatus()).as("two deaths are a hiccup").isEqualTo(Status.UP);

    failures.died(new IllegalStateException("invalid partitions"));
    Health health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry(
            "threadsDyingInAStreak", "java.lang.IllegalStateException: invalid partitions");

    clock.advance(StreamThreadFailures.WINDOW.plusSeconds(1));
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
  }

  /** A clock the test moves. */
  private static final class MutableClock extends Clock {

    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
