package io.civicline.perf.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One read the scale benchmark times: a GET of a list as one demo user. The first page of a paged
 * list keeps the {@code next} cursor of its answer, and its {@link #nextPage} reads the page after
 * it, as a client pages through.
 */
final class ListRead {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String label;
  private final DemoUserClient user;
  private final String url;
  private final ListRead firstPage;
  private volatile String next;

  private ListRead(String label, DemoUserClient user, String url, ListRead firstPage) {
    this.label = label;
    this.user = user;
    this.url = url;
    this.firstPage = firstPage;
  }

  static ListRead of(String label, DemoUserClient user, String url) {
    return new ListRead(label, user, url, null);
  }

  /** The page after the one this read got last; read it after this one. */
  ListRead nextPage(String label) {
    return new ListRead(label, user, url, this);
  }

  String label() {
    return label;
  }

  /** Reads once; an answer other than 200, or a first page without a next, is an IOException. */
  void once() throws IOException, InterruptedException {
    String body = user.get(firstPage == null ? url : afterOf(firstPage));
    JsonNode cursor = body.startsWith("{") ? JSON.readTree(body).get("next") : null;
    next = cursor == null || cursor.isNull() ? null : cursor.asString();
  }

  private String afterOf(ListRead first) throws IOException {
    String after = first.next;
    if (after == null) {
      throw new IOException(first.label + " had no next page");
    }
    return url
        + (url.contains("?") ? "&" : "?")
        + "after="
        + URLEncoder.encode(after, StandardCharsets.UTF_8);
  }
}
