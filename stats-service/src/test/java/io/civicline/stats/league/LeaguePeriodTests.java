package io.civicline.stats.league;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.stats.figures.Period;
import org.junit.jupiter.api.Test;

/** A league's month, quarter or year, what it is read from and what it is compared with. */
class LeaguePeriodTests {

  @Test
  void aQuarterIsReadFromItsThreeMonths() {
    assertThat(LeaguePeriod.parse("2026-Q4").parts())
        .containsExactly(Period.parse("2026-10"), Period.parse("2026-11"), Period.parse("2026-12"));
    assertThat(LeaguePeriod.parse("2026-Q1").parts())
        .containsExactly(Period.parse("2026-01"), Period.parse("2026-02"), Period.parse("2026-03"));
  }

  @Test
  void aMonthOrAYearIsReadFromItsOwnCounters() {
    assertThat(LeaguePeriod.parse("2026-11").parts()).containsExactly(Period.parse("2026-11"));
    assertThat(LeaguePeriod.parse("2026").parts()).containsExactly(Period.parse("2026"));
  }

  @Test
  void thePreviousPeriodIsTheMonthQuarterOrYearBeforeAcrossTheYear() {
    assertThat(LeaguePeriod.parse("2026-11").previous()).hasToString("2026-10");
    assertThat(LeaguePeriod.parse("2026-01").previous()).hasToString("2025-12");
    assertThat(LeaguePeriod.parse("2026-Q3").previous()).hasToString("2026-Q2");
    assertThat(LeaguePeriod.parse("2026-Q1").previous()).hasToString("2025-Q4");
    assertThat(LeaguePeriod.parse("2025-Q4").previous().parts())
        .containsExactly(Period.parse("2025-07"), Period.parse("2025-08"), Period.parse("2025-09"));
    assertThat(LeaguePeriod.parse("2026").previous()).hasToString("2025");
  }

  @Test
  void aDayAFifthQuarterOrNoPeriodIsABadPeriod() {
    for (String bad :
        new String[] {"2026-11-26", "2026-Q5", "2026-Q0", "2026-13", "Q4", "", null}) {
      assertThatThrownBy(() -> LeaguePeriod.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidRequestException.class);
    }
  }
}
