package io.civicline.wirestore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.bson.Document;

/**
 * Tickets and cases shaped as the services store them, over one year: statuses, districts,
 * departments, deadlines on open ones, and a {@code words} array of the description's character
 * bigrams (how Chinese text is searched without a text index).
 */
final class BenchDocuments {

  static final Instant YEAR_START = Instant.parse("2025-01-01T00:00:00Z");
  static final long YEAR_SECONDS = 365L * 24 * 3600;
  static final List<String> TICKET_STATUSES =
      List.of("RECEIVED", "DISPATCHED", "IN_PROGRESS", "REPLIED", "CLOSED");
  static final List<String> CASE_STATUSES = List.of("REGISTERED", "MEDIATING", "CLOSED");
  static final List<String> DISTRICTS =
      List.of(
          "YIMEI", "DONGCHENG", "XICHENG", "NANSHAN", "BEIHAI", "ZHONGSHAN", "HUAQIAO", "JINSHUI");
  static final List<String> DEPARTMENTS =
      List.of("ROADS", "WATER", "POWER", "HOUSING", "MARKET", "ENVIRONMENT", "TRAFFIC", "HEALTH");
  private static final List<String> PHRASES =
      List.of(
          "路灯不亮", "噪音扰民", "垃圾没有清运", "道路积水", "停车位被占", "供水中断", "物业不作为", "占道经营", "油烟污染", "施工扰民",
          "楼道堆物", "电梯故障", "欠薪问题", "邻里纠纷", "宠物扰民");

  private final Random random;
  private final long total;

  /** Documents numbered 0 to {@code total}, spread over the year in that order. */
  BenchDocuments(long seed, long total) {
    this.random = new Random(seed);
    this.total = total;
  }

  Instant at(long n) {
    return YEAR_START.plusSeconds(n * YEAR_SECONDS / total);
  }

  Document ticket(long n, Instant now) {
    String status = TICKET_STATUSES.get(skewed(TICKET_STATUSES.size()));
    Instant received = at(n);
    if (now != null) {
      received = now;
      status = "RECEIVED";
    }
    String description = description();
    Document ticket =
        new Document("_id", String.format("T%09d", n))
            .append("number", String.format("12345-%09d", n))
            .append("status", status)
            .append("district", pick(DISTRICTS))
            .append("receivedAt", Date.from(received))
            .append("dispatch", new Document("department", pick(DEPARTMENTS)))
            .append("description", description)
            .append("words", bigrams(description))
            .append("version", 1L);
    if (!status.equals("CLOSED")) {
      ticket.append("deadline", Date.from(received.plusSeconds(3 * 24 * 3600)));
    }
    return ticket;
  }

  Document mediationCase(long n) {
    String status = CASE_STATUSES.get(skewed(CASE_STATUSES.size()));
    Instant registered = at(n);
    String summary = description();
    Document mediationCase =
        new Document("_id", String.format("C%09d", n))
            .append("status", status)
            .append("mediator", "mediator-" + random.nextInt(200))
            .append("district", pick(DISTRICTS))
            .append("registeredAt", Date.from(registered))
            .append("summary", summary)
            .append("words", bigrams(summary))
            .append("version", 1L);
    if (!status.equals("CLOSED")) {
      mediationCase.append("deadline", Date.from(registered.plusSeconds(30L * 24 * 3600)));
    }
    return mediationCase;
  }

  /** Two bigrams of one phrase: a search that finds something. */
  List<String> searchWords() {
    return bigrams(pick(PHRASES)).subList(0, 2);
  }

  String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  Random random() {
    return random;
  }

  /** Mostly the last value (CLOSED), as in a city's year. */
  private int skewed(int size) {
    return random.nextInt(10) < 7 ? size - 1 : random.nextInt(size - 1);
  }

  private String description() {
    return pick(PHRASES) + "，" + pick(PHRASES) + "，已经" + (1 + random.nextInt(9)) + "天了";
  }

  static List<String> bigrams(String text) {
    Set<String> bigrams = new LinkedHashSet<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      String bigram = text.substring(i, i + 2);
      if (Character.isLetter(bigram.charAt(0)) && Character.isLetter(bigram.charAt(1))) {
        bigrams.add(bigram);
      }
    }
    return new ArrayList<>(bigrams);
  }
}
