package io.civicline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Tickets driven through the hotline API by an agent, each along a scripted course, and the record
 * of what was done: from it, the hotline figures the manager must see for the whole city and for
 * each district (DESIGN.md, figures/HotlineFigures), computed without the stats-service's code.
 */
final class TicketCourses {

  static final List<String> DISTRICTS =
      List.of(
          "YIMEI",
          "WUCUI",
          "YOUHAO",
          "JINLIN",
          "TIELI",
          "JIAYIN",
          "TANGWANG",
          "FENGLIN",
          "DAQINGSHAN",
          "NANCHA");
  static final List<String> CATEGORIES =
      List.of("INQUIRY", "HELP", "COMPLAINT", "REPORT", "SUGGESTION", "PRAISE");
  static final List<String> DEPARTMENTS = List.of("WATER_CO", "HEATING_CO", "URBAN_MGMT");

  /** The figures of HotlineFigures, in its order. */
  static final List<String> FIGURES =
      List.of(
          "received",
          "callsAnswered",
          "resolvedOnFirstContact",
          "dispatched",
          "signedOnTime",
          "returned",
          "extended",
          "completed",
          "completedOnTime",
          "rated",
          "satisfied",
          "reopened",
          "referred",
          "open",
          "overdue");

  /** What an agent does with a ticket. */
  enum Course {
    /** Received and left waiting for routing: open. */
    RECEIVED,
    /** Answered at intake (即办). */
    RESOLVED_ON_FIRST_CONTACT,
    /** Dispatched to a department, not answered yet: open. */
    DISPATCHED,
    /** Dispatched, answered, the citizen called back satisfied, closed. */
    CLOSED_SATISFIED,
    /** Dispatched, answered, the citizen called back unsatisfied, closed. */
    CLOSED_UNSATISFIED
  }

  /** One ticket as planned: where, what, how it came in and its course. */
  record Plan(int index, String district, String category, String channel, Course course) {

    static Plan of(int index) {
      Course[] courses = Course.values();
      return new Plan(
          index,
          DISTRICTS.get(index % DISTRICTS.size()),
          CATEGORIES.get(index / 2 % CATEGORIES.size()),
          index % 3 == 0 ? "WEB" : "PHONE",
          courses[(index + index / DISTRICTS.size()) % courses.length]);
    }

    /** What this ticket counts in each figure of its year, now that its course is done. */
    Map<String, Long> counts() {
      boolean dispatched = course.compareTo(Course.DISPATCHED) >= 0;
      boolean closed = course.compareTo(Course.CLOSED_SATISFIED) >= 0;
      Map<String, Long> counts = new LinkedHashMap<>();
      FIGURES.forEach(figure -> counts.put(figure, 0L));
      counts.put("received", 1L);
      counts.put("callsAnswered", "PHONE".equals(channel) ? 1L : 0L);
      counts.put("resolvedOnFirstContact", course == Course.RESOLVED_ON_FIRST_CONTACT ? 1L : 0L);
      counts.put("dispatched", dispatched ? 1L : 0L);
      counts.put("completed", closed ? 1L : 0L);
      counts.put("completedOnTime", closed ? 1L : 0L);
      counts.put("rated", closed ? 1L : 0L);
      counts.put("satisfied", course == Course.CLOSED_SATISFIED ? 1L : 0L);
      counts.put("open", course == Course.RECEIVED || course == Course.DISPATCHED ? 1L : 0L);
      return counts;
    }
  }

  /** The figures of one scope (the city or a district): counts and rates (one decimal, or null). */
  record Figures(Map<String, Long> counts, Map<String, String> rates) {

    static Figures of(Map<String, Long> counts) {
      Map<String, String> rates = new LinkedHashMap<>();
      rates.put("resolvedOnFirstContactRate", rate(counts, "resolvedOnFirstContact", "received"));
      rates.put("signedOnTimeRate", rate(counts, "signedOnTime", "dispatched"));
      rates.put("completedOnTimeRate", rate(counts, "completedOnTime", "completed"));
      rates.put("satisfactionRate", rate(counts, "satisfied", "rated"));
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

  private final StackHttp http;
  private final int hotline;
  private final Queue<Plan> done = new ConcurrentLinkedQueue<>();

  TicketCourses(StackHttp http, int hotline) {
    this.http = http;
    this.hotline = hotline;
  }

  /** How many tickets have gone their whole course. */
  int done() {
    return done.size();
  }

  /** An agent receives the ticket and takes it along its course; then it is recorded as done. */
  void run(Plan plan) throws Exception {
    String answer =
        plan.course() == Course.RESOLVED_ON_FIRST_CONTACT ? ",\"answer\":\"已当场答复\"" : "";
    HttpResponse<String> created =
        http.post(
            hotline,
            "/api/tickets",
            "agent",
            "{\"channel\":\""
                + plan.channel()
                + "\",\"category\":\""
                + plan.category()
                + "\",\"district\":\""
                + plan.district()
                + "\",\"urgency\":\"NORMAL\",\"caller\":{\"anonymous\":true},"
                + "\"description\":\"系统测试工单 "
                + plan.index()
                + "\""
                + answer
                + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String path = "/api/tickets/" + http.json(created.body()).get("id").asString();
    if (plan.course().compareTo(Course.DISPATCHED) >= 0) {
      String department = DEPARTMENTS.get(plan.index() % DEPARTMENTS.size());
      act(path + "/dispatch", "{\"department\":\"" + department + "\"}");
    }
    if (plan.course().compareTo(Course.CLOSED_SATISFIED) >= 0) {
      act(path + "/reply", "{\"result\":\"RESOLVED\",\"note\":\"已处理完毕\"}");
      String rating = plan.course() == Course.CLOSED_SATISFIED ? "SATISFIED" : "UNSATISFIED";
      act(path + "/callback", "{\"rating\":\"" + rating + "\"}");
      act(path + "/close", "{}");
    }
    done.add(plan);
  }

  /**
   * The figures of every ticket done, for the city ({@code ""}) and for each district, as the stats
   * API must show them for their year.
   */
  Map<String, Figures> expected() {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    counts.put("", zeros());
    DISTRICTS.forEach(district -> counts.put(district, zeros()));
    for (Plan plan : done) {
      plan.counts()
          .forEach(
              (figure, count) -> {
                counts.get("").merge(figure, count, Long::sum);
                counts.get(plan.district()).merge(figure, count, Long::sum);
              });
    }
    Map<String, Figures> figures = new TreeMap<>();
    counts.forEach((scope, each) -> figures.put(scope, Figures.of(each)));
    return figures;
  }

  private static Map<String, Long> zeros() {
    Map<String, Long> counts = new LinkedHashMap<>();
    FIGURES.forEach(figure -> counts.put(figure, 0L));
    return counts;
  }

  private void act(String path, String body) throws Exception {
    HttpResponse<String> response = http.post(hotline, path, "agent", body);
    assertThat(response.statusCode())
        .as("POST %s %s: %s", path, body, response.body())
        .isEqualTo(200);
  }
}
