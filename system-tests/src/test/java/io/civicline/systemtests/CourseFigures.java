package io.civicline.systemtests;

import io.civicline.events.ReferenceData;
import io.civicline.systemtests.TicketCourses.Course;
import io.civicline.systemtests.TicketCourses.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hotline figures the manager must see after {@link TicketCourses}, by the table of
 * docs/design.md ("The figures"), written out by hand for each course: for the whole city ({@code
 * ""}), each district (its code) and each department ({@code department=CODE}). Never the
 * stats-service's code.
 */
final class CourseFigures {

  /** The counts of the table in docs/design.md, as the API names them. */
  static final List<String> COUNTS =
      List.of(
          "received",
          "callsAnswered",
          "resolvedOnFirstContact",
          "dispatched",
          "dispatches",
          "signedOnTime",
          "returned",
          "extensionRequested",
          "extended",
          "completed",
          "completedOnTime",
          "rated",
          "satisfied",
          "resolved",
          "reopened",
          "urged",
          "referred",
          "referralsConcluded",
          "referralsSuccessful",
          "referralsFailed",
          "referralsWithdrawn",
          "referralsTransferred",
          "referralsDeclined",
          "open",
          "overdue",
          "atRisk");

  /** Every department of the reference data: the API has a row for each. */
  static final List<String> DEPARTMENTS =
      ReferenceData.defaults().departments().stream().map(ReferenceData.Code::code).toList();

  /** The figures of one scope: counts and rates (one decimal, or null). */
  record Figures(Map<String, Long> counts, Map<String, String> rates) {

    static Figures of(Map<String, Long> counts) {
      Map<String, String> rates = new LinkedHashMap<>();
      rates.put("resolvedOnFirstContactRate", rate(counts, "resolvedOnFirstContact", "received"));
      rates.put("responseRate", rate(counts, "signedOnTime", "dispatches"));
      rates.put("completedOnTimeRate", rate(counts, "completedOnTime", "completed"));
      rates.put("satisfactionRate", rate(counts, "satisfied", "rated"));
      rates.put("resolutionRate", rate(counts, "resolved", "rated"));
      return new Figures(counts, rates);
    }

    private static String rate(Map<String, Long> counts, String part, String whole) {
      long over = counts.get(whole);
      return over == 0
          ? null
          : BigDecimal.valueOf(counts.get(part) * 100)
              .divide(BigDecimal.valueOf(over), 1, RoundingMode.HALF_UP)
              .toPlainString();
    }
  }

  private final Map<String, Map<String, Long>> counts = new TreeMap<>();

  CourseFigures() {
    scope("");
    TicketCourses.DISTRICTS.forEach(this::scope);
    DEPARTMENTS.forEach(department -> scope(department(department)));
  }

  static String department(String code) {
    return "department=" + code;
  }

  /** Adds what one ticket done along its course counts. */
  void add(Plan plan) {
    Map<String, Long> city = new LinkedHashMap<>();
    Map<String, Long> first = new LinkedHashMap<>();
    Map<String, Long> second = new LinkedHashMap<>();
    city.put("received", 1L);
    city.put("callsAnswered", "PHONE".equals(plan.channel()) ? 1L : 0L);
    Course course = plan.course();
    switch (course) {
      case RECEIVED -> city.put("open", 1L);
      case RESOLVED_ON_FIRST_CONTACT -> city.put("resolvedOnFirstContact", 1L);
      case DISPATCHED -> {
        // Urged once and left with the department.
        city.put("dispatched", 1L);
        charge(city, first, Map.of("dispatched", 1L, "dispatches", 1L, "urged", 1L, "open", 1L));
      }
      case CLOSED_SATISFIED, CLOSED_UNSATISFIED -> {
        long satisfied = course == Course.CLOSED_SATISFIED ? 1 : 0;
        city.put("dispatched", 1L);
        charge(
            city,
            first,
            Map.of(
                "dispatched", 1L,
                "dispatches", 1L,
                "completed", 1L,
                "completedOnTime", 1L,
                "rated", 1L,
                "satisfied", satisfied,
                "resolved", satisfied));
      }
      case REOPENED_AFTER_ON_TIME_SIGNATURE -> {
        // The second dispatch is never signed: the first's on-time signature still counts.
        city.put("dispatched", 1L);
        Map<String, Long> both = new LinkedHashMap<>();
        both.putAll(Map.of("dispatched", 2L, "dispatches", 2L, "signedOnTime", 1L));
        both.putAll(Map.of("completed", 2L, "completedOnTime", 2L, "rated", 2L));
        both.putAll(Map.of("satisfied", 1L, "resolved", 1L, "reopened", 1L));
        charge(city, first, both);
      }
      case RETURNED_ELSEWHERE -> {
        // The first department keeps its return; the second is charged with the rest.
        city.put("dispatched", 1L);
        charge(city, first, Map.of("dispatched", 1L, "dispatches", 1L, "returned", 1L));
        Map<String, Long> rest = new LinkedHashMap<>();
        rest.putAll(Map.of("dispatched", 1L, "dispatches", 1L, "signedOnTime", 1L));
        rest.putAll(Map.of("completed", 1L, "completedOnTime", 1L, "rated", 1L));
        rest.putAll(Map.of("satisfied", 1L, "resolved", 1L));
        charge(city, second, rest);
      }
    }
    addTo("", city);
    addTo(plan.district(), city);
    addTo(department(plan.firstDepartment()), first);
    addTo(department(plan.secondDepartment()), second);
  }

  /** The figures of every scope. */
  Map<String, Figures> figures() {
    Map<String, Figures> figures = new TreeMap<>();
    counts.forEach((scope, each) -> figures.put(scope, Figures.of(each)));
    return figures;
  }

  /**
   * Charges {@code figures} to the department and to the city, but "dispatched": the city counts a
   * ticket's first dispatch only (put by the caller), a department each dispatch to it.
   */
  private static void charge(
      Map<String, Long> city, Map<String, Long> department, Map<String, Long> figures) {
    figures.forEach(
        (figure, n) -> {
          department.merge(figure, n, Long::sum);
          if (!figure.equals("dispatched")) {
            city.merge(figure, n, Long::sum);
          }
        });
  }

  private void addTo(String scope, Map<String, Long> figures) {
    figures.forEach((figure, n) -> counts.get(scope).merge(figure, n, Long::sum));
  }

  private void scope(String name) {
    Map<String, Long> zeros = new LinkedHashMap<>();
    COUNTS.forEach(figure -> zeros.put(figure, 0L));
    counts.put(name, zeros);
  }
}
