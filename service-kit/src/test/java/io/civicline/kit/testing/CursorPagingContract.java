package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case service's newest-first search, paged by cursor ({@code after} the answer's {@code next})
 * in the API and the console: each record once, ties in order of id, a record added meanwhile not
 * shown again; the console links the next and the first page; a cursor the list did not make is a
 * 400 from the API naming it (each console shows a bad parameter its own way). A service's list
 * test implements it with the hooks below; each test stores its records in its own district.
 */
public interface CursorPagingContract {

  Instant T0 = Instant.parse("2026-05-01T01:00:00Z");

  /**
   * Where the lists are: the API's collection, the user (who may list every record the test
   * stores), and the console's search page (e.g. {@code /console/search}).
   */
  record Lists(ApiCalls calls, String user, String consoleSearch) {}

  Lists lists();

  /** Stores a record of {@code district} received (registered) at {@code at}; returns its id. */
  String stored(String district, Instant at);

  @Test
  default void pagesByCursorShowEachRecordOnceNewestFirstWithTiesAndInsertsBetweenPages()
      throws Exception {
    record Stored(String id, Instant at) {}
    List<Stored> records = new ArrayList<>();
    // Eleven records, three or two at the same millisecond.
    for (int i = 0; i < 11; i++) {
      Instant at = T0.plusSeconds(3600L * (i / 3));
      records.add(new Stored(stored("NANCHA", at), at));
    }
    List<String> expected =
        records.stream()
            .sorted(Comparator.comparing(Stored::at).thenComparing(Stored::id).reversed())
            .map(Stored::id)
            .toList();

    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      JsonNode page = search("district=NANCHA&size=2" + (after == null ? "" : "&after=" + after));
      page.get("items").forEach(item -> seen.add(item.get("id").asString()));
      after = page.get("next").isNull() ? null : page.get("next").asString();
      assertThat(page.get("hasNext").asBoolean()).isEqualTo(after != null);
      // Later than every page: a newest-first walk has passed its place.
      stored("NANCHA", T0.plusSeconds(86_400L * 31 + pages++));
    } while (after != null);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(6);
  }

  @Test
  default void theConsoleLinksTheNextPageByItsCursorAndTheFirstPage() throws Exception {
    String older = stored("TANGWANG", T0);
    String newer = stored("TANGWANG", T0.plusSeconds(86_400));

    String first = page(lists().consoleSearch() + "?district=TANGWANG&size=1");
    assertThat(first).contains(newer).doesNotContain(older).doesNotContain("rel=\"first\"");
    Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
    assertThat(next.find()).isTrue();
    assertThat(next.group(1)).contains("after=").contains("district=TANGWANG");

    String second = page(next.group(1).replace("&amp;", "&"));
    assertThat(second).contains(older).doesNotContain(newer).contains("rel=\"first\"");
    assertThat(second).doesNotContain("rel=\"next\"");
  }

  @Test
  default void aCursorNotMadeByTheListIsA400ProblemNamingAfter() throws Exception {
    for (String after : List.of("garbage", "MTIzNDU", "%25%25", "bm90fGEgY3Vyc29y")) {
      assertRefused(lists().calls().collection() + "?after=" + after, "after");
    }
    stored("WUCUI", T0);
    stored("WUCUI", T0.plusSeconds(3600));
    String next = search("district=WUCUI&size=1").get("next").asString();
    assertRefused(lists().calls().collection() + "?page=1&after=" + next, "page");
  }

  /** The ids a search of the collection ({@code query}, up to 100) finds. */
  default List<String> ids(String query) throws Exception {
    List<String> ids = new ArrayList<>();
    search(query + "&size=100").get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  /** The API's answer to a search of the collection. */
  default JsonNode search(String query) throws Exception {
    return JsonMapper.shared().readTree(page(lists().calls().collection() + "?" + query));
  }

  /** What {@code GET path} answers, expecting 200. */
  default String page(String path) throws Exception {
    MockHttpServletResponse response = answer(path);
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(response.getStatus()).as(body).isEqualTo(200);
    return body;
  }

  /** What {@code GET path} answers the user. */
  default MockHttpServletResponse answer(String path) throws Exception {
    return lists().calls().answer(path, lists().user());
  }

  private void assertRefused(String path, String field) throws Exception {
    JsonNode problem = lists().calls().refused(path, lists().user());
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
  }
}
