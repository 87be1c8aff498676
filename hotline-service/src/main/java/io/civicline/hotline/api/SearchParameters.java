package io.civicline.hotline.api;

import io.civicline.hotline.domain.TicketStatus;
import io.civicline.hotline.store.TicketQuery;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/** Checks the parameters of a ticket search, naming every bad one, and makes the query. */
final class SearchParameters {

  static final int MAX_SIZE = 100;
  static final int MAX_PAGE = 10_000;
  static final int MAX_TEXT = 100;

  private SearchParameters() {}

  static TicketQuery check(
      TicketStatus status,
      String district,
      String category,
      Boolean overdue,
      String department,
      String text,
      int page,
      int size) {
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0 || page > MAX_PAGE) {
      problems.add(new FieldProblem("page", "must be between 0 and " + MAX_PAGE));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
    }
    String q = blankToNull(text);
    if (q != null && q.length() > MAX_TEXT) {
      problems.add(new FieldProblem("q", "must be at most " + MAX_TEXT + " characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new TicketQuery(
        status,
        blankToNull(district),
        blankToNull(category),
        overdue,
        blankToNull(department),
        q,
        page,
        size);
  }

  static void checkPage(int page, int size) {
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0 || page > MAX_PAGE) {
      problems.add(new FieldProblem("page", "must be between 0 and " + MAX_PAGE));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  static void checkSize(int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidRequestException(
          List.of(new FieldProblem("size", "must be between 1 and " + MAX_SIZE)));
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
