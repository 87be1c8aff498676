package io.civicline.stats.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void anInstantLateInTheUtcDayFallsOnTheNextDayInShanghai() {
    assertThat(Period.containing(Instant.parse("2026-03-14T16:30:00Z"), SHANGHAI))
        .extracting(Period::toString)
        .containsExactly("2026-03-15", "2026-03", "2026");
  }

  @Test
  void anInstantJustBeforeMidnightInShanghaiStaysOnItsDay() {
    assertThat(Period.containing(Instant.parse("2026-03-14T15:59:59.999Z"), SHANGHAI))
        .extracting(Period::toString)
        .containsExactly("2026-03-14", "2026-03", "2026");
  }

  @Test
  void newYearsEveInUtcIsAlreadyTheNewYearInShanghai() {
    assertThat(Period.containing(Instant.parse("2026-12-31T16:00:00Z"), SHANGHAI))
        .extracting(Period::toString)
        .containsExactly("2027-01-01", "2027-01", "2027");
  }

  @Test
  void theSameInstantIsCountedOnTheUtcDayInUtc() {
    assertThat(Period.containing(Instant.parse("2026-03-14T16:30:00Z"), ZoneId.of("UTC")).get(0))
        .hasToString("2026-03-14");
  }

  @Test
  void parsesADayAMonthAndAYear() {
    assertThat(Period.parse("2026-11-26")).isEqualTo(Period.day(LocalDate.of(2026, 11, 26)));
    assertThat(Period.parse("2026-11"))
        .isEqualTo(new Period(Granularity.MONTH, LocalDate.of(2026, 11, 1)));
    assertThat(Period.parse("2026"))
        .isEqualTo(new Period(Granularity.YEAR, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void aMonthOrYearIsTheSamePeriodWhicheverDayItWasMadeFrom() {
    assertThat(new Period(Granularity.MONTH, LocalDate.of(2026, 3, 15)))
        .isEqualTo(Period.parse("2026-03"))
        .hasToString("2026-03");
    assertThat(new Period(Granularity.YEAR, LocalDate.of(2026, 3, 15)))
        .isEqualTo(Period.parse("2026"))
        .hasToString("2026");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "26",
        "2026-3",
        "2026-13",
        "2026-02-30",
        "2026-03-15T00:00",
        "+2026",
        "yesterday",
        "2026/03"
      })
  void refusesWhatIsNotARealDayMonthOrYear(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(text));
  }

  @Test
  void aMonthsPartsAreItsDaysAndAYearsPartsItsMonths() {
    assertThat(Period.parse("2028-02").parts())
        .extracting(Period::toString)
        .hasSize(29)
        .startsWith("2028-02-01")
        .endsWith("2028-02-29");
    assertThat(Period.parse("2026").parts())
        .extracting(Period::toString)
        .containsExactly(
            "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08",
            "2026-09", "2026-10", "2026-11", "2026-12");
    assertThat(Period.parse("2026-03-15").parts()).isEmpty();
  }

  @Test
  void theLiveCountersAreNoCalendarPeriodToAskFor() {
    assertThat(Period.NOW.toString()).isEqualTo("now");
    assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("now"));
  }
}
