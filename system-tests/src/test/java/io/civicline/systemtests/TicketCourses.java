package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.localstack.DemoUsers;
import io.civicline.systemtests.CourseFigures.Figures;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Tickets driven through the hotline API by an agent and department staff, each along a scripted
 * course, and the record of what was done: from it, the hotline figures the manager must see for
 * the whole city, each district and each department ({@link CourseFigures}), computed without the
 * stats-service's code.
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

  /** What an agent and the departments do with a ticket. */
  enum Course {
    /** Received and left waiting for routing: open. */
    RECEIVED,
    /** Answered at intake (即办). */
    RESOLVED_ON_FIRST_CONTACT,
    /** Dispatched to a department, urged once (催办), not answered yet: open. */
    DISPATCHED,
    /** Dispatched, answered, the citizen called back satisfied and solved, closed. */
    CLOSED_SATISFIED,
    /** Dispatched, answered, the citizen called back unsatisfied, not solved, closed. */
    CLOSED_UNSATISFIED,
    /**
     * Signed for on time and answered by the department, called back unsatisfied, reopened (重办),
     * dispatched to it again and answered by the agent unsigned, called back satisfied, closed.
     */
    REOPENED_AFTER_ON_TIME_SIGNATURE,
    /** Returned by the department (退单), dispatched to another, which signs and answers; closed. */
    RETURNED_ELSEWHERE
  }

  /** One ticket as planned: where, what, how it came in, its course and its departments. */
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

    String firstDepartment() {
      return DEPARTMENTS.get(index % DEPARTMENTS.size());
    }

    /** Where a returned ticket goes next: another department. */
    String secondDepartment() {
      return DEPARTMENTS.get((index + 1) % DEPARTMENTS.size());
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
    String first = plan.firstDepartment();
    switch (plan.course()) {
      case RECEIVED, RESOLVED_ON_FIRST_CONTACT -> {}
      case DISPATCHED -> {
        dispatch(path, first);
        act("agent", path + "/urge", "{\"note\":\"市民催促\"}");
      }
      case CLOSED_SATISFIED, CLOSED_UNSATISFIED -> {
        dispatch(path, first);
        act("agent", path + "/reply", REPLY);
        boolean satisfied = plan.course() == Course.CLOSED_SATISFIED;
        callback(path, satisfied ? "SATISFIED" : "UNSATISFIED", satisfied);
        act("agent", path + "/close", "{}");
      }
      case REOPENED_AFTER_ON_TIME_SIGNATURE -> {
        dispatch(path, first);
        act(DemoUsers.departmentUser(first), path + "/sign", "{}");
        act(DemoUsers.departmentUser(first), path + "/reply", REPLY);
        callback(path, "UNSATISFIED", false);
        act("agent", path + "/reopen", "{\"reason\":\"市民不满意，重办\"}");
        dispatch(path, first);
        act("agent", path + "/reply", REPLY);
        callback(path, "SATISFIED", true);
        act("agent", path + "/close", "{}");
      }
      case RETURNED_ELSEWHERE -> {
        dispatch(path, first);
        act(DemoUsers.departmentUser(first), path + "/return", "{\"reason\":\"不属于本单位职责\"}");
        dispatch(path, plan.secondDepartment());
        act(DemoUsers.departmentUser(plan.secondDepartment()), path + "/sign", "{}");
        act(DemoUsers.departmentUser(plan.secondDepartment()), path + "/reply", REPLY);
        callback(path, "SATISFIED", true);
        act("agent", path + "/close", "{}");
      }
    }
    done.add(plan);
  }

  /**
   * The figures of every ticket done, for the city ({@code ""}), each district and each department
   * ({@code department=CODE}), as the stats API must show them for their year.
   */
  Map<String, Figures> expected() {
    CourseFigures figures = new CourseFigures();
    done.forEach(figures::add);
    return figures.figures();
  }

  private static final String REPLY = "{\"result\":\"RESOLVED\",\"note\":\"已处理完毕\"}";

  private void dispatch(String path, String department) throws Exception {
    act("agent", path + "/dispatch", "{\"department\":\"" + department + "\"}");
  }

  private void callback(String path, String rating, boolean solved) throws Exception {
    act("agent", path + "/callback", "{\"rating\":\"" + rating + "\",\"solved\":" + solved + "}");
  }

  private void act(String user, String path, String body) throws Exception {
    HttpResponse<String> response = http.post(hotline, path, user, body);
    assertThat(response.statusCode())
        .as("POST %s as %s %s: %s", path, user, body, response.body())
        .isEqualTo(200);
  }
}
