package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.civicline.kit.testing.HandlerEndpoints.Endpoint;
import io.civicline.kit.testing.RoleMatrixTable.Outcome;
import io.civicline.kit.testing.RoleMatrixTable.Row;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The role matrix: every endpoint of a service's request mappings, as every caller of {@link
 * MatrixCallers}, against the service's {@link RoleMatrixTable}. An endpoint without a row fails,
 * and so does a row without an endpoint: a new handler cannot slip past the table. Path values come
 * from {@code pathValues}: once for all reads (asked with {@link #READS}), and fresh for each write
 * (asked with its row key, e.g. a new ticket), so that one caller's action never changes another's
 * answer. A body comes from {@code bodies} (by row key), valid enough that the role rule, not
 * validation, decides.
 */
public final class RoleMatrix {

  /** How many endpoints the table covered, how many requests went out, and what disagreed. */
  public record Report(int endpoints, int covered, int requests, List<String> failures) {}

  /** Path values made through the service's API, which may fail like any request. */
  public interface PathValues {
    Map<String, String> of(String key) throws Exception;
  }

  /** What {@code pathValues} is asked with for the values every read shares. */
  public static final String READS = "reads";

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

  private final MockMvc mvc;
  private final RoleMatrixTable table;
  private final List<MatrixCallers.Caller> callers;
  private final Map<String, String> bodies;
  private final Function<String, Map<String, String>> pathValues;

  public RoleMatrix(
      MockMvc mvc,
      RoleMatrixTable table,
      Map<String, String> bodies,
      Function<String, Map<String, String>> pathValues) {
    this.mvc = mvc;
    this.table = table;
    this.callers = MatrixCallers.all();
    this.bodies = Map.copyOf(bodies);
    this.pathValues = pathValues;
    List<String> columns = callers.stream().map(MatrixCallers.Caller::column).toList();
    if (!columns.equals(table.callers())) {
      throw new IllegalArgumentException(table.source() + ": the callers are " + columns);
    }
  }

  /** A service's matrix, against the {@code role-matrix.txt} of its test resources. */
  public static RoleMatrix of(MockMvc mvc, Map<String, String> bodies, PathValues pathValues) {
    Function<String, Map<String, String>> values =
        key -> {
          try {
            return pathValues.of(key);
          } catch (Exception e) {
            throw new IllegalStateException("path values for " + key, e);
          }
        };
    return new RoleMatrix(mvc, RoleMatrixTable.read("role-matrix.txt"), bodies, values);
  }

  /** Each handler of {@code context} has its row, each row its handler, and each answer agrees. */
  public void assertAnswersAsTheTableSays(ApplicationContext context) throws Exception {
    Report report = run(context);
    assertThat(report.failures()).isEmpty();
    assertThat(report.covered()).isEqualTo(report.endpoints());
  }

  public Report run(ApplicationContext context) throws Exception {
    List<Endpoint> endpoints = HandlerEndpoints.of(context);
    List<String> failures = new ArrayList<>();
    Set<String> used = new HashSet<>(Set.of("OPTIONS *"));
    int covered = 0;
    int requests = 0;
    Map<String, String> shared = pathValues.apply(READS);
    for (Endpoint endpoint : endpoints) {
      Row row = rowFor(endpoint);
      if (row == null) {
        failures.add("no row for " + endpoint.key() + " (" + endpoint.handler() + ")");
        continue;
      }
      used.add(row.key());
      covered++;
      Supplier<String> target =
          endpoint.safe()
              ? () -> target(endpoint.path(), shared)
              : () -> target(endpoint.path(), pathValues.apply(endpoint.key()));
      requests += check(endpoint.method(), target, endpoint.key(), row, failures);
    }
    for (Row row : table.rows().values()) {
      if (row.probe()) {
        String[] methodAndPath = row.key().split(" ");
        requests += check(methodAndPath[0], () -> methodAndPath[1], row.key(), row, failures);
      } else if (!used.contains(row.key())) {
        failures.add("row " + row.key() + " names no handler of the service");
      }
    }
    System.out.printf(
        "role matrix %s: %d of %d endpoints (methods × paths) covered, %d requests%n",
        table.source(), covered, endpoints.size(), requests);
    return new Report(endpoints.size(), covered, requests, failures);
  }

  private Row rowFor(Endpoint endpoint) {
    Map<String, Row> rows = table.rows();
    Row exact = rows.get(endpoint.key());
    if (exact != null) {
      return exact;
    }
    return switch (endpoint.method()) {
      case "HEAD" -> rows.getOrDefault("GET " + endpoint.path(), rows.get("* " + endpoint.path()));
      case "OPTIONS" -> rows.get("OPTIONS *");
      default -> rows.get("* " + endpoint.path());
    };
  }

  private int check(
      String method, Supplier<String> targets, String key, Row row, List<String> failures)
      throws Exception {
    for (int i = 0; i < callers.size(); i++) {
      MatrixCallers.Caller caller = callers.get(i);
      String target = targets.get();
      MockHttpServletResponse response =
          mvc.perform(request(method, target, key, caller)).andReturn().getResponse();
      Outcome got = outcome(response);
      Outcome expected = row.outcomes().get(i);
      if (!expected.allows(got)) {
        failures.add(
            String.format(
                "%s as %s: expected %s, got %s (%d) on %s",
                method + " " + key.substring(key.indexOf(' ') + 1),
                caller.column(),
                expected,
                got,
                response.getStatus(),
                target));
      }
    }
    return callers.size();
  }

  private MockHttpServletRequestBuilder request(
      String method, String target, String key, MatrixCallers.Caller caller) {
    boolean api = target.startsWith("/api/");
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(HttpMethod.valueOf(method), URI.create(target))
            .accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML)
            .with(csrf());
    if (!Set.of("GET", "HEAD", "OPTIONS", "DELETE").contains(method)) {
      request
          .contentType(api ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
          .content(bodies.getOrDefault(key, api ? "{}" : ""));
    }
    return caller.identity() == null ? request : request.with(caller.identity());
  }

  /** A 401, or a redirect to the login page, asks to sign in; a 403 refuses; the rest passed. */
  static Outcome outcome(MockHttpServletResponse response) {
    int status = response.getStatus();
    String location = response.getHeader("Location");
    if (status == 401 || (status / 100 == 3 && location != null && location.contains("/login"))) {
      return Outcome.SIGN_IN;
    }
    return status == 403 ? Outcome.FORBIDDEN : Outcome.OK;
  }

  /**
   * The path with its variables filled ({@code {family:a|b}} without a value takes a) and params.
   */
  static String target(String path, Map<String, String> values) {
    String[] pathAndParams = path.split("\\?", 2);
    Matcher variable = VARIABLE.matcher(pathAndParams[0]);
    StringBuilder filled = new StringBuilder();
    while (variable.find()) {
      String name = variable.group(1);
      String choices = variable.group(2);
      String fallback = choices != null ? choices.split("\\|")[0] : "x";
      variable.appendReplacement(
          filled, Matcher.quoteReplacement(values.getOrDefault(name, fallback)));
    }
    variable.appendTail(filled);
    if (pathAndParams.length == 2) {
      List<String> query = new ArrayList<>();
      for (String expression : pathAndParams[1].split("&")) {
        if (!expression.startsWith("!")) {
          query.add(
              expression.contains("=")
                  ? expression
                  : expression + "=" + values.getOrDefault(expression, "x"));
        }
      }
      filled.append(query.isEmpty() ? "" : "?" + String.join("&", query));
    }
    return filled.toString();
  }
}
