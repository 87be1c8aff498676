package io.civicline.hotline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class UncoveredDeadlinesTests {

  static final ZoneId YICHUN = ZoneId.of("Asia/Shanghai");
  static final LocalDate END = LocalDate.parse("2026-12-31");

  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-28T02:00:00Z"));
  final Logger logger = (Logger) LoggerFactory.getLogger(UncoveredDeadlines.class);
  final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void listen() {
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(logged);
  }

  @Test
  void aDeadlinePastTheEndIsLoggedAsWarningAtMostOnceADay() {
    UncoveredDeadlines uncovered = new UncoveredDeadlines(clock(), YICHUN);

    uncovered.record(LocalDate.parse("2027-01-04"), END);
    uncovered.record(LocalDate.parse("2027-01-05"), END);
    uncovered.record(LocalDate.parse("2027-01-04"), END);
    assertThat(logged.list).hasSize(1);
    assertThat(logged.list.get(0).getLevel()).isEqualTo(Level.WARN);
    assertThat(logged.list.get(0).getFormattedMessage())
        .contains("2027-01-04", "2026-12-31", "PUT /api/calendar/2027");

    now.set(Instant.parse("2026-12-29T02:00:00Z"));
    uncovered.record(LocalDate.parse("2027-01-06"), END);
    assertThat(logged.list).hasSize(2);
  }

  @Test
  void theLatestDeadlinePastTheEndIsKept() {
    UncoveredDeadlines uncovered = new UncoveredDeadlines(clock(), YICHUN);
    assertThat(uncovered.latest()).isNull();

    uncovered.record(LocalDate.parse("2027-01-05"), END);
    uncovered.record(LocalDate.parse("2027-01-04"), END);

    assertThat(uncovered.latest()).isEqualTo(LocalDate.parse("2027-01-05"));
  }

  private Clock clock() {
    return new TurningClock(ZoneOffset.UTC);
  }

  /** A clock the test moves to the next day. */
  private final class TurningClock extends Clock {
    private final ZoneId zone;

    TurningClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new TurningClock(other);
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
