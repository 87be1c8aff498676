package io.civicline.mediation.api;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.kit.lists.ListPage;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.mediation.domain.CaseStatus;
import io.civicline.mediation.store.CaseFact;
import io.civicline.mediation.store.CaseQuery;
import io.civicline.mediation.store.FactFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of a case search, checked (naming every bad one) and turned into a query. The date
 * range is of days in the city's time zone, both ends included: registration days, or with a dated
 * {@code fact} (a mediation figure's name) the days of that fact. {@code type} is {@code
 * disputeType} as the figures call it, so that the dashboard links with its own names. {@code
 * after} is the {@code next} cursor of the page before; {@code page} (a page number) is kept for
 * clients from before cursors and cannot be combined with it. The API and the console's search page
 * bind it alike.
 */
public record SearchParameters(
    String fact,
    CaseStatus status,
    String disputeType,
    String type,
    String district,
    String body,
    String mediator,
    String source,
    Boolean overdue,
    String ticket,
    LocalDate from,
    LocalDate to,
    String q,
    Integer page,
    Integer size,
    String after) {

  static final int DEFAULT_SIZE = 20;
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 9999;
  static final List<String> FIGURES =
      Arrays.stream(CaseFact.values()).map(CaseFact::figure).toList();

  /** The query, or an {@link InvalidRequestException} naming every bad parameter. */
  public CaseQuery toQuery(ZoneId zone) {
    List<FieldProblem> problems = new ArrayList<>();
    ListPage asked =
        ListPage.asked(
            page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, after, problems);
    String text = ListPage.query(q, problems);
    checkDay(problems, "from", from);
    checkDay(problems, "to", to);
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(new FieldProblem("to", "must not be before from"));
    }
    String givenFact = blankToNull(fact);
    CaseFact figure = figure().orElse(null);
    if (givenFact != null && figure == null) {
      problems.add(new FieldProblem("fact", "must be one of the mediation figures " + FIGURES));
    }
    if (figure != null && !figure.dated() && (from != null || to != null)) {
      problems.add(new FieldProblem(from != null ? "from" : "to", "a live figure has no dates"));
    }
    String typeCode = blankToNull(disputeType);
    String typeAlias = blankToNull(type);
    if (typeCode != null && typeAlias != null && !typeCode.equals(typeAlias)) {
      problems.add(new FieldProblem("type", "names another dispute type than disputeType"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Instant first = startOf(from, zone);
    Instant afterLast = startOf(to == null ? null : to.plusDays(1), zone);
    boolean datesOfFact = figure != null;
    return new CaseQuery(
        status,
        disputeTypeCode(),
        blankToNull(district),
        blankToNull(body),
        blankToNull(mediator),
        blankToNull(source),
        overdue,
        blankToNull(ticket),
        datesOfFact ? null : first,
        datesOfFact ? null : afterLast,
        text,
        asked,
        figure == null ? null : new FactFilter(figure, first, afterLast));
  }

  /** The figure named by {@code fact}, if it names one. */
  public Optional<CaseFact> figure() {
    String givenFact = blankToNull(fact);
    return givenFact == null ? Optional.empty() : CaseFact.ofFigure(givenFact);
  }

  /** The dispute type asked for, under either name. */
  public String disputeTypeCode() {
    String typeCode = blankToNull(disputeType);
    return typeCode != null ? typeCode : blankToNull(type);
  }

  private static void checkDay(List<FieldProblem> problems, String field, LocalDate day) {
    if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
      problems.add(
          new FieldProblem(field, "must be a day between " + FIRST_YEAR + " and " + LAST_YEAR));
    }
  }

  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day == null ? null : day.atStartOfDay(zone).toInstant();
  }
}
