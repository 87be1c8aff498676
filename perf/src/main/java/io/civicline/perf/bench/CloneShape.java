package io.civicline.perf.bench;

import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * Where a services' stored document keeps the fields the lists and the overdue watchers filter on,
 * as hotline's {@code TicketDocument} and mediation's {@code CaseDocument} write them: what the
 * scale benchmark's clones vary. {@code riskAt} and {@code atRisk} are null where the watcher has
 * no risk time (cases). {@code uniqueIds} are the paths of ids a unique index holds besides the
 * document's id and number (a case's referral id): a copy that has one gets a new one.
 */
record CloneShape(
    String collection,
    String aggregate,
    String anchor,
    String district,
    String status,
    Set<String> runningStatuses,
    String overdue,
    String deadline,
    String riskAt,
    String atRisk,
    List<String> uniqueIds) {

  static final CloneShape TICKETS =
      new CloneShape(
          "tickets",
          "ticket",
          "ticket.intake.receivedAt",
          "ticket.intake.district",
          "ticket.status",
          Set.of("DISPATCHED", "SIGNED"),
          "ticket.milestones.overdue",
          "ticket.dispatch.deadline",
          "riskAt",
          "ticket.milestones.atRisk",
          List.of());

  static final CloneShape CASES =
      new CloneShape(
          "cases",
          "mediationCase",
          "mediationCase.intake.registeredAt",
          "mediationCase.intake.district",
          "mediationCase.status",
          Set.of("REGISTERED", "MEDIATING"),
          "mediationCase.timeLimit.overdue",
          "mediationCase.timeLimit.deadline",
          null,
          null,
          List.of("mediationCase.intake.referral.referralId"));

  String number() {
    return aggregate + ".number";
  }

  /**
   * Whether the watcher's read finds the document once its time comes: a running status, a
   * deadline, not yet marked overdue.
   */
  boolean isRunning(Document document) {
    return runningStatuses.contains(String.valueOf(get(document, status)))
        && get(document, deadline) instanceof Date
        && Boolean.FALSE.equals(get(document, overdue));
  }

  /** The value at a dotted path, or null. */
  static Object get(Document document, String path) {
    Object value = document;
    for (String key : path.split("\\.")) {
      if (!(value instanceof Document)) {
        return null;
      }
      value = ((Document) value).get(key);
    }
    return value;
  }

  /** Sets the value at a dotted path whose parents exist. */
  static void set(Document document, String path, Object value) {
    List<String> keys = List.of(path.split("\\."));
    Document parent = document;
    for (String key : keys.subList(0, keys.size() - 1)) {
      parent = parent.get(key, Document.class);
    }
    parent.put(keys.get(keys.size() - 1), value);
  }
}
