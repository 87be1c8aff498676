package io.civicline.stats.reference;

import io.civicline.events.TicketEvent;
import io.civicline.events.TicketSnapshot;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One ticket's events in the order the hotline wrote them (caseVersion 1, 2, 3 …). */
record Journey(String caseId, List<TicketEvent> events) {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CityCalendar.ZONE);

  /** One line per event, times in Shanghai, only the fields set, so that a failure replays. */
  String text() {
    return events.stream().map(Journey::line).collect(Collectors.joining("\n"));
  }

  private static String line(TicketEvent e) {
    TicketSnapshot s = e.snapshot();
    List<String> fields = new ArrayList<>();
    add(fields, "status", s.status());
    add(fields, "department", s.department());
    add(fields, "dispatchedAt", s.dispatchedAt());
    add(fields, "deadline", s.deadline());
    add(fields, "signedAt", s.signedAt());
    add(fields, "signedOnTime", s.signedOnTime());
    add(fields, "completedAt", s.completedAt());
    add(fields, "completedOnTime", s.completedOnTime());
    add(fields, "overdue", Boolean.TRUE.equals(s.overdue()) ? true : null);
    add(fields, "mediationOutcome", s.mediationOutcome());
    add(fields, "duplicateOf", s.duplicateOf());
    if (s.callbacks() != null) {
      var newest = s.callbacks().get(s.callbacks().size() - 1);
      fields.add("newestCallback=" + newest.rating() + "/solved:" + newest.solved());
    }
    String type = e.type().replace("civicline.ticket.", "").replace(".v1", "");
    String head =
        String.format("  v%d %-26s %s  ", e.caseVersion(), type, LOCAL.format(e.occurredAt()));
    return head + String.join(" ", fields);
  }

  private static void add(List<String> fields, String name, Object value) {
    if (value != null) {
      fields.add(name + "=" + (value instanceof Instant at ? LOCAL.format(at) : value));
    }
  }

  /** The intake line: codes fixed at receipt. */
  String intake() {
    TicketSnapshot s = events.get(0).snapshot();
    return String.format(
        "ticket %s: district=%s category=%s topic=%s channel=%s received %s (Shanghai)",
        caseId, s.district(), s.category(), s.topic(), s.channel(), LOCAL.format(s.receivedAt()));
  }
}
