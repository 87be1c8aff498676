package io.civicline.perf.bench;

import com.mongodb.client.MongoCollection;
import io.civicline.events.ReferenceData;
import io.civicline.localstack.DemoUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The reads the scale benchmark times, as their users make them through the APIs: the agents' and a
 * department's queue, the mediator's open cases, and for tickets and cases a search by status,
 * district and the last 30 days, the newest-first list and its next page, and a word search. The
 * department and the words are those most common in the store's first documents, so that each read
 * has answers.
 */
final class ScaleReads {

  static final String AGENT = "agent";
  static final String MEDIATOR = "mediator";

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final int SAMPLE = 2_000;
  private static final String STATUS = "CLOSED";
  private static final int DAYS = 30;

  private ScaleReads() {}

  static List<ListRead> of(
      String hotline,
      String mediation,
      MongoCollection<Document> tickets,
      MongoCollection<Document> cases) {
    ReferenceData reference = ReferenceData.defaults();
    LocalDate today = LocalDate.now(ZoneId.of(reference.city().zone()));
    String district = reference.districts().get(0).code();
    String filter =
        "status="
            + STATUS
            + "&district="
            + district
            + "&from="
            + today.minusDays(DAYS)
            + "&to="
            + today;
    String filterLabel = STATUS + ", " + district + ", " + DAYS + " days";
    String department =
        mostCommon(tickets, CloneShape.TICKETS.aggregate() + ".dispatch.department", false);
    String mediator =
        reference
            .mediatorOfAccount(MEDIATOR)
            .orElseThrow(() -> new IllegalStateException("no mediator signs in as " + MEDIATOR))
            .code();
    DemoUserClient agent = new DemoUserClient(AGENT, TIMEOUT);
    DemoUserClient mediatorUser = new DemoUserClient(MEDIATOR, TIMEOUT);

    List<ListRead> reads = new ArrayList<>();
    reads.add(ListRead.of("agents' queue", agent, hotline + "/api/tickets/queue"));
    String departmentUser = DemoUsers.departmentUser(department);
    reads.add(
        ListRead.of(
            "department queue (" + departmentUser + ")",
            new DemoUserClient(departmentUser, TIMEOUT),
            hotline + "/api/tickets/queue"));
    reads.add(
        ListRead.of(
            "mediator's open cases (" + mediator + ")",
            mediatorUser,
            mediation + "/api/cases?status=MEDIATING&mediator=" + mediator));
    // A ticket search by days names the figure whose days they are: tickets received.
    searches(
        reads,
        "tickets",
        agent,
        hotline + "/api/tickets?",
        "fact=received&" + filter,
        filterLabel,
        mostCommon(tickets, "words", true));
    searches(
        reads,
        "cases",
        mediatorUser,
        mediation + "/api/cases?",
        filter,
        filterLabel,
        mostCommon(cases, "words", true));
    return reads;
  }

  /** A list's searches: by filter, newest first and its next page, by a word. */
  private static void searches(
      List<ListRead> reads,
      String kind,
      DemoUserClient user,
      String search,
      String filter,
      String filterLabel,
      String word) {
    reads.add(ListRead.of(kind + " " + filterLabel, user, search + filter));
    ListRead newest = ListRead.of(kind + " newest first", user, search + "size=20");
    reads.add(newest);
    reads.add(newest.nextPage("  its next page (after)"));
    reads.add(ListRead.of(kind + " q=" + word, user, search + "q=" + encoded(word)));
  }

  /**
   * The value most common at {@code path} among the collection's first documents; of a list, its
   * most common item; {@code chinese}: only Chinese words of two characters, as a user types them.
   */
  static String mostCommon(MongoCollection<Document> collection, String path, boolean chinese) {
    Map<String, Integer> counts = new HashMap<>();
    for (Document document : collection.find().limit(SAMPLE).batchSize(SAMPLE / 4)) {
      Object value = CloneShape.get(document, path);
      List<?> values =
          value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
      for (Object item : values) {
        String text = item.toString();
        if (!chinese || isChineseWord(text)) {
          counts.merge(text, 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElseThrow(
            () -> new IllegalStateException("no " + path + " in " + collection.getNamespace()));
  }

  static boolean isChineseWord(String word) {
    return word.codePointCount(0, word.length()) == 2
        && word.codePoints()
            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
