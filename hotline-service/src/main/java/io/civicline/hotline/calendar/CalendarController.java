package io.civicline.hotline.calendar;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working calendar over REST: any staff member reads how far it reaches; an admin loads a year
 * (the State Council's notice each November), used for new deadlines at once. Who may call what:
 * {@link CalendarAccessRules}.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  private final LiveCalendar calendar;

  CalendarController(LiveCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping
  CalendarView coverage() {
    return CalendarView.of(calendar.coverage());
  }

  /** Adds the year, or replaces an earlier upload of it or the built-in file's data for it. */
  @PutMapping("/{year}")
  CalendarView load(
      @PathVariable int year, @RequestBody CalendarYearRequest days, Authentication user) {
    calendar.load(days.toYear(year), user.getName());
    return CalendarView.of(calendar.coverage());
  }
}
