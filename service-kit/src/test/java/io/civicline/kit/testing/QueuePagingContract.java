package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A case service's work queue, paged by cursor ({@code after} the answer's {@code next}) in the API
 * and on the console's start page: the console links the next and the first page, and a cursor the
 * queue did not make (garbage, or one of the search's) is a 400 problem naming {@code after}, also
 * on the console. A service's queue test implements it with {@link #queue()}; the order of each
 * queue is the service's own test.
 */
public interface QueuePagingContract {

  /**
   * A user's queue: whose it is, the API's collection, the queue's paged address (e.g. {@code
   * /api/tickets/queue/page}), how a test stores a record that waits in it (placed there by the
   * instant given), and how to read the ids of its rows from a console page, in order.
   */
  record Queue(
      String user,
      ApiCalls calls,
      Consumer<Instant> storeWaiting,
      String path,
      Function<String, List<String>> rowsOnPage) {}

  Queue queue();

  @Test
  default void aCursorNotMadeByTheQueueIsA400ProblemNamingAfter() throws Exception {
    Queue queue = queue();
    queue.storeWaiting().accept(Instant.now().minus(Duration.ofDays(2)));
    queue.storeWaiting().accept(Instant.now().minus(Duration.ofDays(1)));
    String searchCursor =
        queue
            .calls()
            .read(queue.calls().collection() + "?size=1", queue.user())
            .get("next")
            .asString();
    for (String after :
        List.of("garbage", "7.MTIzNDU", "%25%25", searchCursor, "5." + searchCursor)) {
      JsonNode problem = queue.calls().refused(queue.path() + "?after=" + after, queue.user());
      assertThat(problem.at("/errors/0/field").asString()).isEqualTo("after");
    }
    assertThat(queue.calls().answer("/console?after=garbage", queue.user()).getStatus())
        .isEqualTo(400);
  }

  @Test
  default void theConsoleLinksTheQueuesNextPageByItsCursorAndTheFirstPage() throws Exception {
    Queue queue = queue();
    // More than the console shows on a page.
    for (int i = 0; i < 51; i++) {
      queue.storeWaiting().accept(Instant.now().minus(Duration.ofDays(40)).plusSeconds(i));
    }
    ConsoleCalls console = new ConsoleCalls(queue.calls().mvc());
    String first = console.page("/console", queue.user());
    assertThat(first).doesNotContain("rel=\"first\"");
    Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
    assertThat(next.find()).isTrue();
    assertThat(next.group(1)).startsWith("/console?after=");

    String second = console.page(next.group(1).replace("&amp;", "&"), queue.user());
    assertThat(second).contains("rel=\"first\"");
    assertThat(queue.rowsOnPage().apply(second))
        .isNotEmpty()
        .doesNotContainAnyElementsOf(queue.rowsOnPage().apply(first));
  }

  /**
   * The rows of every page of {@code user}'s queue, two to a page; {@code between} runs after each.
   */
  default List<JsonNode> walk(String user, Runnable between) throws Exception {
    List<JsonNode> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      String cursor = after == null ? "" : "&after=" + after;
      JsonNode page = queue().calls().read(queue().path() + "?size=2" + cursor, user);
      page.get("items").forEach(seen::add);
      after = page.get("next").isNull() ? null : page.get("next").asString();
      between.run();
    } while (after != null && ++pages < 200);
    return seen;
  }

  /** The ids of the rows, in order. */
  default List<String> idsOf(List<JsonNode> rows) {
    return rows.stream().map(row -> row.get("id").asString()).toList();
  }
}
