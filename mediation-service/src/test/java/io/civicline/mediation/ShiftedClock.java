package io.civicline.mediation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock for tests that live through a month in seconds: real time plus an offset that
 * only grows, so that time never runs backwards for the cases already written.
 */
final class ShiftedClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  /** Moves the service's time on by {@code duration}. */
  void shift(Duration duration) {
    offset = offset.plus(duration);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the service reads instants only");
  }

  /** Puts a {@link ShiftedClock} in place of the service's clock. */
  @TestConfiguration(proxyBeanMethods = false)
  static class InPlace {

    @Bean
    @Primary
    ShiftedClock shiftedClock() {
      return new ShiftedClock();
    }
  }
}
