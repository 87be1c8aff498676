package io.civicline.hotline.web;

import io.civicline.hotline.calendar.CalendarCoverage;
import io.civicline.hotline.calendar.LiveCalendar;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.security.Roles;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells admins and agents on every console page that deadlines are about to be guessed: the
 * calendar ends within 60 days, or a deadline was already counted past its end. Agents set the
 * deadlines and admins load the next year; department staff only see the deadlines they get.
 */
@ControllerAdvice(annotations = ConsoleController.class)
class CalendarBanner {

  private static final Set<String> TOLD = Set.of(Roles.AGENT, Roles.ADMIN);

  private final LiveCalendar calendar;

  CalendarBanner(LiveCalendar calendar) {
    this.calendar = calendar;
  }

  @ModelAttribute
  void everyPage(Authentication user, Model model) {
    if (user == null || Roles.of(user).stream().noneMatch(TOLD::contains)) {
      return;
    }
    CalendarCoverage coverage = calendar.coverage();
    if (coverage.needsAttention()) {
      model.addAttribute("calendarCoverage", coverage);
    }
  }
}
