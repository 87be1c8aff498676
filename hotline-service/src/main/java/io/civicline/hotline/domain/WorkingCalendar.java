package io.civicline.hotline.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which days are working days: Monday to Friday, except the public holidays, plus the weekend days
 * worked in exchange. Deadlines counted in working days (交办时限) are computed on it. The days are
 * data, one {@link CalendarYear} per year; a year without data counts Monday to Friday only, and
 * {@link #coveredUntil} tells where the data ends.
 */
public final class WorkingCalendar {

  public static final String DEFAULT_RESOURCE = "calendar/cn-working-calendar.yml";

  private final SortedMap<Integer, CalendarYear> years = new TreeMap<>();

  public WorkingCalendar(Collection<CalendarYear> years) {
    years.forEach(year -> this.years.put(year.year(), year));
  }

  public static WorkingCalendar read(InputStream yaml) {
    CalendarFile file = new YAMLMapper().readValue(yaml, CalendarFile.class);
    List<CalendarYear> years = new ArrayList<>();
    file.years()
        .forEach(
            (year, days) -> {
              Set<LocalDate> holidays = new HashSet<>();
              days.holidays().forEach(range -> range.addTo(holidays));
              years.add(new CalendarYear(year, holidays, Set.copyOf(days.workdays())));
            });
    return new WorkingCalendar(years);
  }

  public static WorkingCalendar defaults() {
    try (InputStream in =
        WorkingCalendar.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      return read(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** This calendar with {@code replacing} added, each in place of the same year's data. */
  public WorkingCalendar with(Collection<CalendarYear> replacing) {
    List<CalendarYear> merged = new ArrayList<>(years.values());
    merged.addAll(replacing);
    return new WorkingCalendar(merged);
  }

  public boolean isWorkingDay(LocalDate day) {
    CalendarYear known = years.get(day.getYear());
    if (known != null && known.workdays().contains(day)) {
      return true;
    }
    if (known != null && known.holidays().contains(day)) {
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
    return years.containsKey(year);
  }

  /**
   * The last day of the unbroken run of known years from {@code day}'s year on: counting past it
   * guesses. The day before {@code day}'s year when that year itself is unknown.
   */
  public LocalDate coveredUntil(LocalDate day) {
    int year = day.getYear();
    while (covers(year)) {
      year++;
    }
    return LocalDate.of(year, 1, 1).minusDays(1);
  }

  /** The public holidays of the known years. */
  public Set<LocalDate> holidays() {
    return union(CalendarYear::holidays);
  }

  /** The weekend days worked in exchange for holidays (调休上班). */
  public Set<LocalDate> exchangedWorkdays() {
    return union(CalendarYear::workdays);
  }

  /** The years whose holidays are known, in order. */
  public Set<Integer> years() {
    return Collections.unmodifiableSet(years.keySet());
  }

  private Set<LocalDate> union(Function<CalendarYear, Set<LocalDate>> days) {
    Set<LocalDate> all = new HashSet<>();
    years.values().forEach(year -> all.addAll(days.apply(year)));
    return Collections.unmodifiableSet(all);
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
