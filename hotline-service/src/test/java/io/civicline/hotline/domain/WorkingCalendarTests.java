package io.civicline.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

  static final WorkingCalendar CALENDAR = WorkingCalendar.defaults();

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void aWeekendWorkedInExchangeIsAWorkingDay() {
    assertThat(CALENDAR.isWorkingDay(day("2026-01-04"))).isTrue(); // Sunday
    assertThat(CALENDAR.isWorkingDay(day("2026-02-14"))).isTrue(); // Saturday
    assertThat(CALENDAR.isWorkingDay(day("2025-10-11"))).isTrue(); // Saturday
  }

  @Test
  void aPublicHolidayOnAWeekdayIsNotAWorkingDay() {
    assertThat(CALENDAR.isWorkingDay(day("2026-10-05"))).isFalse(); // Monday
    assertThat(CALENDAR.isWorkingDay(day("2025-01-01"))).isFalse(); // Wednesday
    assertThat(CALENDAR.isWorkingDay(day("2026-02-23"))).isFalse(); // Monday, 正月初七
  }

  @Test
  void anOrdinaryWeekendIsOffAndAnOrdinaryWeekdayIsWorked() {
    assertThat(CALENDAR.isWorkingDay(day("2026-03-14"))).isFalse(); // Saturday
    assertThat(CALENDAR.isWorkingDay(day("2026-03-16"))).isTrue(); // Monday
  }

  @Test
  void countingWorkingDaysSkipsTheSpringFestivalAndUsesTheExchangedSaturday() {
    assertThat(CALENDAR.plusWorkingDays(day("2026-02-13"), 1)).isEqualTo(day("2026-02-14"));
    assertThat(CALENDAR.plusWorkingDays(day("2026-02-14"), 1)).isEqualTo(day("2026-02-24"));
    assertThat(CALENDAR.plusWorkingDays(day("2026-02-13"), 3)).isEqualTo(day("2026-02-25"));
  }

  @Test
  void countingWorkingDaysSkipsTheNationalDayWeek() {
    assertThat(CALENDAR.plusWorkingDays(day("2025-09-30"), 1)).isEqualTo(day("2025-10-09"));
    assertThat(CALENDAR.plusWorkingDays(day("2026-09-30"), 1)).isEqualTo(day("2026-10-08"));
  }

  @Test
  void zeroWorkingDaysIsTheSameDayAndANegativeCountIsRefused() {
    assertThat(CALENDAR.plusWorkingDays(day("2026-03-14"), 0)).isEqualTo(day("2026-03-14"));
    assertThatThrownBy(() -> CALENDAR.plusWorkingDays(day("2026-03-14"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aYearWithoutDataCountsMondayToFridayAndSaysSo() {
    assertThat(CALENDAR.covers(2026)).isTrue();
    assertThat(CALENDAR.covers(2031)).isFalse();
    assertThat(CALENDAR.plusWorkingDays(day("2031-01-03"), 1)).isEqualTo(day("2031-01-06"));
  }

  @Test
  void everyDayWorkedInExchangeIsAWeekendDayThatIsNoHoliday() {
    assertThat(CALENDAR.exchangedWorkdays())
        .isNotEmpty()
        .allSatisfy(
            day -> {
              assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
              assertThat(CALENDAR.holidays()).doesNotContain(day);
            });
  }

  @Test
  void theHolidaysAddUpToTheAnnouncedDaysOff() {
    // 2025: 1 + 8 + 3 + 5 + 3 + 8; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 (the State Council's notices).
    assertThat(CALENDAR.holidays()).filteredOn(day -> day.getYear() == 2025).hasSize(28);
    assertThat(CALENDAR.holidays()).filteredOn(day -> day.getYear() == 2026).hasSize(33);
    assertThat(CALENDAR.years()).containsExactly(2025, 2026);
  }

  @Test
  void theCalendarKnowsTheLastDayItCoversFromAGivenDay() {
    assertThat(CALENDAR.coveredUntil(day("2026-12-07"))).isEqualTo(day("2026-12-31"));
    assertThat(CALENDAR.coveredUntil(day("2025-03-01"))).isEqualTo(day("2026-12-31"));
    // A day in an unknown year is covered by nothing: the data ended the day before its year.
    assertThat(CALENDAR.coveredUntil(day("2027-03-01"))).isEqualTo(day("2026-12-31"));
  }

  @Test
  void aLoadedYearExtendsTheCalendarAndReplacesTheSameYearsData() {
    CalendarYear newYearOnly =
        new CalendarYear(2026, java.util.Set.of(day("2026-01-01")), java.util.Set.of());
    CalendarYear next =
        new CalendarYear(2027, java.util.Set.of(day("2027-01-01")), java.util.Set.of());

    WorkingCalendar loaded = CALENDAR.with(java.util.List.of(newYearOnly, next));

    assertThat(loaded.years()).containsExactly(2025, 2026, 2027);
    assertThat(loaded.coveredUntil(day("2026-12-07"))).isEqualTo(day("2027-12-31"));
    assertThat(loaded.isWorkingDay(day("2027-01-01"))).isFalse(); // Friday
    assertThat(loaded.isWorkingDay(day("2026-10-05"))).isTrue(); // no longer a holiday
    assertThat(CALENDAR.isWorkingDay(day("2026-10-05"))).isFalse(); // the original is unchanged
  }
}
