package io.civicline.hotline.api;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.hotline.domain.TicketStatus;
import io.civicline.hotline.store.DrillDown;
import io.civicline.hotline.store.TicketQuery;
import io.civicline.kit.lists.ListPage;
import io.civicline.kit.lists.PageCursor;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parameters of a ticket search, as URL query parameters, bound alike by the API and the
 * console's search page (so that the manager dashboard can link to either): every filter optional;
 * {@code fact} a hotline figure whose tickets to list, {@code from} and {@code to} its days (both
 * included, in the city's time zone) for a figure of a period. {@code after} is the {@code next}
 * cursor of the page before; {@code page} (a page number) is kept for clients from before cursors
 * and cannot be combined with it. Kept as text so that a bad value is a 400 naming its field, never
 * a 500.
 */
public record SearchParameters(
    String q,
    String status,
    String district,
    String category,
    String topic,
    String channel,
    String overdue,
    String department,
    String fact,
    String from,
    String to,
    String page,
    String size,
    String after,
    String street) {

  /**
   * The query, the department as {@link ListScope} allows it; throws {@link
   * InvalidRequestException} naming every bad parameter.
   */
  public TicketQuery toQuery(String scopedDepartment, ZoneId zone, int defaultSize) {
    List<FieldProblem> problems = new ArrayList<>();
    int pageNumber = number("page", page, 0, 0, ListPage.MAX_PAGE, problems);
    int pageSize = number("size", size, defaultSize, 1, ListPage.MAX_SIZE, problems);
    PageCursor cursor = ListPage.cursorOf(after, pageNumber, problems);
    String text = ListPage.query(q, problems);
    TicketStatus wanted = statusOf(problems);
    String onlyOverdue = blankToNull(overdue);
    if (onlyOverdue != null && !onlyOverdue.equals("true") && !onlyOverdue.equals("false")) {
      problems.add(new FieldProblem("overdue", "must be true or false"));
    }
    DrillDown drillDown = drillDown(scopedDepartment, zone, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new TicketQuery(
        wanted,
        blankToNull(district),
        blankToNull(category),
        blankToNull(topic),
        blankToNull(channel),
        onlyOverdue == null ? null : Boolean.valueOf(onlyOverdue),
        scopedDepartment,
        drillDown,
        text,
        new ListPage(pageSize, pageNumber, cursor),
        false,
        blankToNull(street));
  }

  private TicketStatus statusOf(List<FieldProblem> problems) {
    String wanted = blankToNull(status);
    if (wanted == null) {
      return null;
    }
    return Arrays.stream(TicketStatus.values())
        .filter(s -> s.name().equals(wanted))
        .findFirst()
        .orElseGet(
            () -> {
              problems.add(new FieldProblem("status", "no such status"));
              return null;
            });
  }

  private DrillDown drillDown(String department, ZoneId zone, List<FieldProblem> problems) {
    String figure = blankToNull(fact);
    LocalDate first = date("from", from, problems);
    LocalDate last = date("to", to, problems);
    if (figure == null) {
      if (first != null || last != null) {
        problems.add(new FieldProblem("fact", "from and to need a fact"));
      }
      return null;
    }
    if (!DrillDown.exists(figure)) {
      problems.add(new FieldProblem("fact", "no hotline figure of this name"));
      return null;
    }
    if (department != null && !DrillDown.hasDepartments(figure)) {
      problems.add(new FieldProblem("department", "figure " + figure + " has no departments"));
    }
    if (DrillDown.isLive(figure)) {
      if (first != null || last != null) {
        problems.add(new FieldProblem("from", "figure " + figure + " is live: no dates"));
      }
      return new DrillDown(figure, null, null);
    }
    if (blankToNull(from) == null) {
      problems.add(new FieldProblem("from", "figure " + figure + " needs a first day"));
    }
    if (blankToNull(to) == null) {
      problems.add(new FieldProblem("to", "figure " + figure + " needs a last day"));
    }
    if (first != null && last != null && first.isAfter(last)) {
      problems.add(new FieldProblem("from", "must not be after to"));
    }
    if (first == null || last == null || first.isAfter(last)) {
      return null;
    }
    return new DrillDown(
        figure,
        first.atStartOfDay(zone).toInstant(),
        last.plusDays(1).atStartOfDay(zone).toInstant());
  }

  private static LocalDate date(String field, String value, List<FieldProblem> problems) {
    String day = blankToNull(value);
    if (day == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(day);
      if (date.getYear() < 2000 || date.getYear() > 2200) {
        problems.add(new FieldProblem(field, "must be a day between the years 2000 and 2200"));
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "must be a day, e.g. 2026-03-12"));
      return null;
    }
  }

  private static int number(
      String field, String value, int absent, int min, int max, List<FieldProblem> problems) {
    String digits = blankToNull(value);
    if (digits == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(digits);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // named below
    }
    problems.add(new FieldProblem(field, "must be between " + min + " and " + max));
    return absent;
  }

  /** The page a list's parameters ask for, or a 400 naming each bad one. */
  public static ListPage listPage(int page, int size, String after) {
    List<FieldProblem> problems = new ArrayList<>();
    ListPage asked = ListPage.asked(page, size, after, problems);
    if (asked == null) {
      throw new InvalidRequestException(problems);
    }
    return asked;
  }

  static void checkSize(int size) {
    listPage(0, size, null);
  }
}
