package io.civicline.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class CloneVariationTests {

  static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
  static final Duration YEAR = Duration.ofDays(365);
  static final List<String> DISTRICTS = List.of("YIMEI", "WUCUI", "YOUHAO");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String NUMBER = "HL-20261207-000042";
  static final String REFERRAL_ID = "mediationCase.intake.referral.referralId";

  @Test
  void spreadCopiesAreReceivedOverTheYearWithTheirHistoryMovedAlong() {
    CloneVariation spread = CloneVariation.spread(CloneShape.TICKETS, NOW, YEAR, DISTRICTS, ZONE);
    Set<String> ids = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    Set<Object> districts = new HashSet<>();
    for (long n = 0; n < 300; n++) {
      Document copy = spread.of(closedTicket(), n);
      Instant received = instant(copy, "ticket.intake.receivedAt");
      Instant closed = firstHistoryTime(copy);
      assertThat(received).isBetween(NOW.minus(YEAR), NOW);
      assertThat(Duration.between(received, closed)).isEqualTo(Duration.ofHours(3));
      assertThat(copy.getString("_id"))
          .isEqualTo(copy.get("ticket", Document.class).getString("id"));
      ids.add(copy.getString("_id"));
      numbers.add((String) CloneShape.get(copy, "ticket.number"));
      districts.add(CloneShape.get(copy, "ticket.intake.district"));
    }
    assertThat(ids).hasSize(300);
    assertThat(numbers).hasSize(300);
    assertThat(districts).containsExactlyInAnyOrderElementsOf(DISTRICTS);
  }

  @Test
  void aCopyIsFoundByItsOwnNumberAndStillByItsWords() {
    Document copy =
        CloneVariation.spread(CloneShape.TICKETS, NOW, YEAR, DISTRICTS, ZONE).of(closedTicket(), 7);
    String number = (String) CloneShape.get(copy, "ticket.number");
    List<String> words = copy.getList("words", String.class);

    assertThat(number).startsWith("HL-").endsWith("7");
    assertThat(words).contains("路灯", "灯不").containsAll(CloneVariation.numberWords(number));
    assertThat(words).doesNotContain("000042");
  }

  @Test
  void aRunningCopyKeepsItsRiskTimeAndDeadlineAhead() {
    CloneVariation spread = CloneVariation.spread(CloneShape.TICKETS, NOW, YEAR, DISTRICTS, ZONE);
    for (long n = 0; n < 200; n++) {
      Document copy = spread.of(runningTicket(), n);
      assertThat(instant(copy, "riskAt")).isAfter(NOW);
      assertThat(instant(copy, "ticket.dispatch.deadline")).isAfter(NOW);
    }
  }

  @Test
  void dueCopiesFallDueWithinTheSpanHalfByRiskTimeHalfByDeadline() {
    Duration span = Duration.ofMinutes(2);
    CloneVariation due = CloneVariation.due(CloneShape.TICKETS, NOW, span, DISTRICTS, ZONE);

    Document byRisk = due.of(runningTicket(), 0);
    Document byDeadline = due.of(runningTicket(), 1);

    assertThat(instant(byRisk, "riskAt")).isBetween(NOW, NOW.plus(span));
    assertThat(instant(byRisk, "ticket.dispatch.deadline")).isAfter(NOW.plus(span));
    assertThat(instant(byDeadline, "ticket.dispatch.deadline")).isBetween(NOW, NOW.plus(span));
    assertThat(byDeadline.get("riskAt")).isNull();
    assertThat(CloneShape.get(byDeadline, "ticket.milestones.atRisk")).isEqualTo(true);
    assertThat(CloneShape.get(byDeadline, "ticket.milestones.overdue")).isEqualTo(false);
  }

  @Test
  void aReferredCaseCopyHasAReferralIdOfItsOwn() {
    Document referred = closedCase();
    CloneShape.set(referred, "mediationCase.intake.referral", new Document("referralId", "r-1"));
    CloneVariation spread = CloneVariation.spread(CloneShape.CASES, NOW, YEAR, DISTRICTS, ZONE);

    Object first = CloneShape.get(spread.of(Document.parse(referred.toJson()), 0), REFERRAL_ID);
    Object second = CloneShape.get(spread.of(Document.parse(referred.toJson()), 1), REFERRAL_ID);

    assertThat(first).isNotNull().isNotEqualTo("r-1").isNotEqualTo(second);
    assertThat(CloneShape.get(spread.of(closedCase(), 2), REFERRAL_ID)).isNull();
  }

  @Test
  void onlyARunningDocumentCanBeMadeDue() {
    CloneVariation due =
        CloneVariation.due(CloneShape.CASES, NOW, Duration.ofMinutes(2), DISTRICTS, ZONE);

    assertThatThrownBy(() -> due.of(closedCase(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sharesSpreadEvenlyOverConsecutiveCopies() {
    int[] tenths = new int[10];
    for (long n = 0; n < 1000; n++) {
      double share = CloneVariation.share(n);
      assertThat(share).isGreaterThanOrEqualTo(0).isLessThan(1);
      tenths[(int) (share * 10)]++;
    }
    for (int tenth : tenths) {
      assertThat(tenth).isBetween(90, 110);
    }
  }

  static Document closedTicket() {
    Instant received = NOW.minus(Duration.ofHours(5));
    return ticket("CLOSED", received, null, null);
  }

  private static Document ticket(
      String status, Instant received, Instant deadline, Instant riskAt) {
    Document intake =
        new Document("receivedAt", Date.from(received))
            .append("district", "TIELI")
            .append("description", "路灯不亮");
    Document ticket =
        new Document("id", "t-1")
            .append("number", NUMBER)
            .append("status", status)
            .append("intake", intake)
            .append("milestones", new Document("overdue", false).append("atRisk", false))
            .append(
                "dispatch", new Document("deadline", deadline == null ? null : Date.from(deadline)))
            .append(
                "history",
                new ArrayList<>(
                    List.of(new Document("at", Date.from(received.plus(Duration.ofHours(3)))))));
    return new Document("_id", "t-1")
        .append("ticket", ticket)
        .append("outbox", new ArrayList<>())
        .append("riskAt", riskAt == null ? null : Date.from(riskAt))
        .append("words", new ArrayList<>(List.of("路灯", "灯不", "不亮", "hl", "20261207", "000042")));
  }

  static Document runningTicket() {
    Instant received = NOW.minus(Duration.ofHours(2));
    return ticket(
        "DISPATCHED", received, NOW.plus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(3)));
  }

  static Document closedCase() {
    Document intake =
        new Document("registeredAt", Date.from(NOW.minus(Duration.ofDays(1))))
            .append("district", "YIMEI");
    return new Document("_id", "c-1")
        .append(
            "mediationCase",
            new Document("id", "c-1")
                .append("number", "MC-20261206-000001")
                .append("status", "CLOSED")
                .append("intake", intake)
                .append(
                    "timeLimit",
                    new Document("overdue", false)
                        .append("deadline", Date.from(NOW.plus(Duration.ofDays(20))))));
  }

  private static Instant firstHistoryTime(Document ticket) {
    List<?> history = (List<?>) CloneShape.get(ticket, "ticket.history");
    return ((Date) ((Document) history.get(0)).get("at")).toInstant();
  }

  private static Instant instant(Document document, String path) {
    return ((Date) CloneShape.get(document, path)).toInstant();
  }
}
