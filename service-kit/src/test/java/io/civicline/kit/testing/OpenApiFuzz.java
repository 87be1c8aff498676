package io.civicline.kit.testing;

import io.civicline.kit.testing.ApiOperations.Operation;
import io.civicline.kit.testing.ApiOperations.Parameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fuzz driven by a service's own {@code /v3/api-docs}: every operation, as every given user (HTTP
 * Basic, password = user name), gets requests with one thing wrong (a path or query parameter, a
 * header, the JSON body) over a real port, so that Tomcat decodes them as it decodes a client's.
 * The requests go out byte for byte over a socket: no client re-encodes them. The promise checked:
 * never a 5xx (a 503 only where the operation documents it), and on the API every 4xx is an RFC
 * 9457 problem. Seeded: a failure names the seed and the request to replay.
 */
public final class OpenApiFuzz {

  /** How many requests were sent, in how long, and what broke the promise. */
  public record Report(long seed, int sent, Duration took, List<String> failures) {}

  private record Sent(
      Operation operation, String user, String target, String[] header, String body) {
    String replay() {
      String head = "as " + user + ": " + operation.method() + " " + abbreviated(target);
      String extra = header == null ? "" : " [" + header[0] + ": " + abbreviated(header[1]) + "]";
      return head + extra + (body == null ? "" : " body " + abbreviated(body));
    }
  }

  private static final int CLIENTS = 4;

  private final int port;
  private final List<String> users;

  public OpenApiFuzz(int port, List<String> users) {
    this.port = port;
    this.users = List.copyOf(users);
  }

  /** Sends {@code requests} mutated requests, spread evenly over operations and users. */
  public Report run(long seed, int requests) throws Exception {
    long start = System.nanoTime();
    Random random = new Random(seed);
    JsonNode document =
        JsonMapper.shared()
            .readTree(
                // Signed in: outside the dev profile the documents are not open.
                RawHttp.send(
                        port,
                        "GET /v3/api-docs HTTP/1.0\r\n" + RawHttp.basic(users.get(0)),
                        new byte[0])
                    .body());
    List<Operation> operations = ApiOperations.of(document);
    if (operations.isEmpty()) {
      throw new IllegalStateException("the API document lists no operations");
    }
    FuzzInputs inputs = new FuzzInputs(document, random);
    List<Sent> plan = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      Operation operation = operations.get(i % operations.size());
      String user = users.get((i / operations.size()) % users.size());
      plan.add(mutated(operation, user, inputs, random));
    }
    // Drawn in order from the seed, sent by a few clients at once: a replay needs only the line.
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<String>> answers = new ArrayList<>();
    try {
      for (Sent sent : plan) {
        answers.add(clients.submit(() -> checked(sent)));
      }
      List<String> failures = new ArrayList<>();
      for (int i = 0; i < plan.size(); i++) {
        String failure = answers.get(i).get();
        if (failure != null) {
          failures.add("seed " + seed + ": " + plan.get(i).replay() + " -> " + failure);
        }
      }
      return new Report(seed, requests, Duration.ofNanos(System.nanoTime() - start), failures);
    } finally {
      clients.shutdownNow();
    }
  }

  private Sent mutated(Operation operation, String user, FuzzInputs inputs, Random random) {
    int what = random.nextInt(operation.body() == null ? 2 : 3);
    List<Parameter> parameters = operation.parameters();
    Parameter bad =
        what == 0 && !parameters.isEmpty()
            ? parameters.get(random.nextInt(parameters.size()))
            : null;
    String path = operation.path();
    StringBuilder query = new StringBuilder();
    for (Parameter parameter : parameters) {
      String value = parameter == bad ? inputs.badParameter() : inputs.wire(parameter.schema());
      if (parameter.in().equals("path")) {
        path = path.replace("{" + parameter.name() + "}", value.isEmpty() ? "%20" : value);
      } else if (parameter == bad || parameter.required() || random.nextBoolean()) {
        query.append(query.isEmpty() ? "" : "&").append(parameter.name()).append('=').append(value);
      }
    }
    if (what == 0 && bad == null) {
      query.append(query.isEmpty() ? "" : "&").append("unknown=").append(inputs.badParameter());
    }
    String body =
        operation.body() == null
            ? null
            : what == 2
                ? inputs.badBody(operation.body())
                : inputs.sample(operation.body(), 0).toString();
    String[] header = what == 1 ? inputs.badHeader() : null;
    return new Sent(operation, user, path + "?" + query, header, body);
  }

  private RawHttp.Answer send(Sent sent) throws IOException {
    StringBuilder head =
        new StringBuilder(sent.operation().method() + " " + sent.target() + " HTTP/1.0\r\n");
    head.append("Accept: application/json, application/problem+json\r\n");
    head.append(RawHttp.basic(sent.user()));
    String contentType = "application/json";
    if (sent.header() != null) {
      contentType = sent.header()[0].equals("Content-Type") ? sent.header()[1] : contentType;
      head.append(sent.header()[0]).append(": ").append(sent.header()[1]).append("\r\n");
    }
    if (sent.body() != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    byte[] body = sent.body() == null ? new byte[0] : sent.body().getBytes(StandardCharsets.UTF_8);
    return RawHttp.send(port, head.toString(), body);
  }

  private String checked(Sent sent) {
    try {
      return check(sent, send(sent));
    } catch (IOException e) {
      return "no answer: " + e;
    }
  }

  private static String check(Sent sent, RawHttp.Answer answer) {
    Operation operation = sent.operation();
    int status = answer.status();
    if (status >= 500 && !(status == 503 && operation.documents503())) {
      return status + " " + abbreviated(answer.body());
    }
    boolean api = sent.target().startsWith("/api/");
    if (api && status >= 400 && !answer.contentType().startsWith("application/problem+json")) {
      return status + " without a problem body (" + answer.contentType() + ")";
    }
    return null;
  }

  private static String abbreviated(String text) {
    String oneLine = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
  }
}
