package io.civicline.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.events.ReferenceData;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Requests submitted on the citizen page as a browser without JavaScript submits them: the form
 * read, its sum worked out, the form posted; with the test's own tally ({@code channel:WEB} and
 * {@code street:CODE} to the number of requests), as {@link ReceivedFigures} keys the figures.
 */
final class CitizenPageRequests {

  private static final Pattern QUESTION = Pattern.compile("(\\d+) 加 (\\d+) 等于几");
  private static final Pattern TOKEN =
      Pattern.compile("<input[^>]*name=\"token\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NUMBER = Pattern.compile("id=\"number\">([^<]+)<");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  CitizenPageRequests(int hotlinePort) {
    this.base = "http://127.0.0.1:" + hotlinePort + "/citizen";
  }

  /** Submits one request in each of {@code streets}; returns the tally. */
  Map<String, Long> submit(ReferenceData.Street... streets) throws Exception {
    Map<String, Long> tally = new TreeMap<>();
    for (ReferenceData.Street street : streets) {
      String page = text(HttpRequest.newBuilder(URI.create(base)).GET(), 200);
      Matcher question = QUESTION.matcher(page);
      Matcher token = TOKEN.matcher(page);
      assertThat(question.find() && token.find()).as("the form's challenge: %s", page).isTrue();
      Map<String, String> form = new LinkedHashMap<>();
      form.put("topic", "URBAN_MANAGEMENT");
      form.put("district", street.district());
      form.put("street", street.code());
      form.put("address", street.zh());
      form.put("description", "井盖缺失，" + street.zh());
      form.put(
          "answer",
          String.valueOf(
              Integer.parseInt(question.group(1)) + Integer.parseInt(question.group(2))));
      form.put("token", token.group(1));
      String answer =
          text(
              HttpRequest.newBuilder(URI.create(base + "/requests"))
                  .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofString(encoded(form))),
              201);
      assertThat(NUMBER.matcher(answer).find()).as("the ticket's number: %s", answer).isTrue();
      tally.merge("channel:WEB", 1L, Long::sum);
      tally.merge("street:" + street.code(), 1L, Long::sum);
    }
    return tally;
  }

  private String text(HttpRequest.Builder request, int status) throws Exception {
    HttpResponse<String> response =
        http.send(
            request.timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response.body();
  }

  private static String encoded(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
