package io.civicline.hotline.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which days are working days: Monday to Friday, except the public holidays, plus the weekend days
 * worked in exchange. Deadlines counted in working days (交办时限) are computed on it. The days are
 * data, read from a YAML file per year; a year without data counts Monday to Friday only.
 */
public final class WorkingCalendar {

  public static final String DEFAULT_RESOURCE = "calendar/cn-working-calendar.yml";

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workdays;
  private final Set<Integer> years;

  public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays, Set<Integer> years) {
    this.holidays = Set.copyOf(holidays);
    this.workdays = Set.copyOf(workdays);
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
  }

  public static WorkingCalendar read(InputStream yaml) {
    CalendarFile file = new YAMLMapper().readValue(yaml, CalendarFile.class);
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> workdays = new HashSet<>();
    file.years()
        .forEach(
            (year, days) -> {
              days.holidays().forEach(range -> range.addTo(holidays));
              workdays.addAll(days.workdays());
            });
    return new WorkingCalendar(holidays, workdays, file.years().keySet());
  }

  public static WorkingCalendar defaults() {
    try (InputStream in =
        WorkingCalendar.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      return read(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workdays.contains(day)) {
      return true;
    }
    if (holidays.contains(day)) {
      return false;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /** The day that is {@code count} working days after {@code day} (not counting {@code day}). */
  public LocalDate plusWorkingDays(LocalDate day, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    LocalDate result = day;
    for (int left = count; left > 0; ) {
      result = result.plusDays(1);
      if (isWorkingDay(result)) {
        left--;
      }
    }
    return result;
  }

  /** Whether the holidays of {@code year} are known; without them only weekends are days off. */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /** The public holidays of the known years. */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** The weekend days worked in exchange for holidays (调休上班). */
  public Set<LocalDate> exchangedWorkdays() {
    return workdays;
  }

  /** The years whose holidays are known, in order. */
  public Set<Integer> years() {
    return years;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record CalendarFile(Map<Integer, YearDays> years) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record YearDays(List<DayRange> holidays, List<LocalDate> workdays) {

    YearDays {
      holidays = holidays == null ? List.of() : holidays;
      workdays = workdays == null ? List.of() : workdays;
    }
  }

  /** One day ({@code 2026-01-01}) or a range ({@code {from: …, to: …}}), both ends included. */
  record DayRange(LocalDate from, LocalDate to) {

    @JsonCreator
    static DayRange of(String day) {
      LocalDate date = LocalDate.parse(day);
      return new DayRange(date, date);
    }

    @JsonCreator
    static DayRange of(Map<String, String> range) {
      return new DayRange(LocalDate.parse(range.get("from")), LocalDate.parse(range.get("to")));
    }

    void addTo(Set<LocalDate> days) {
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        days.add(day);
      }
    }
  }
}
