package io.civicline.hotline.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the State Council's holiday arrangement: the public holidays and the weekend days
 * worked in exchange (调休上班).
 */
public record CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> workdays) {

  public CalendarYear {
    holidays = Set.copyOf(holidays);
    workdays = Set.copyOf(workdays);
  }
}
