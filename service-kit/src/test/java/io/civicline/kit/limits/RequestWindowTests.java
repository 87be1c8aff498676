package io.civicline.kit.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.kit.problem.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A sliding window per key: the allowance, the time left, other keys, the window sliding on. */
class RequestWindowTests {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @Test
  void pastTheLimitAKeyIsRefusedUntilItsOldestRequestLeavesTheWindow() {
    RequestWindow window = new RequestWindow(2, Duration.ofMinutes(10), 100, clock);
    window.admit("a", "too many");
    now.set(now.get().plusSeconds(60));
    window.admit("a", "too many");
    assertThatThrownBy(() -> window.admit("a", "too many"))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("too many");
              assertThat(e.retryAfterSeconds()).isEqualTo(540);
            });
    window.admit("b", "too many");
    now.set(now.get().plusSeconds(540));
    window.admit("a", "too many");
  }

  @Test
  void aWindowWithoutAllowanceCannotBeMade() {
    assertThatThrownBy(() -> new RequestWindow(0, Duration.ofMinutes(1), 10, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
