package io.civicline.hotline.lists;

import io.civicline.hotline.domain.CallbackRating;
import io.civicline.hotline.domain.ReceiveTicket;
import io.civicline.hotline.domain.ReplyResult;
import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.domain.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.bson.types.ObjectId;

/**
 * A ticket taken through its life at chosen times in Yichun, as the domain does it, to be stored as
 * it stands at the end: the drill-down's periods need facts at known times.
 */
final class PastTicket {

  static final ZoneId YICHUN = ZoneId.of("Asia/Shanghai");
  private static final AtomicInteger NUMBERS = new AtomicInteger();

  private final SlaPolicy sla;
  private Ticket.Change change;

  private PastTicket(SlaPolicy sla, Ticket.Change change) {
    this.sla = sla;
    this.change = change;
  }

  /** Yichun's local time {@code 2026-03-10T09:00} as an instant. */
  static Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(YICHUN).toInstant();
  }

  static PastTicket received(
      SlaPolicy sla, String channel, String district, String answer, String at) {
    return received(sla, channel, district, answer, at(at));
  }

  static PastTicket received(
      SlaPolicy sla, String channel, String district, String answer, Instant at) {
    ReceiveTicket command =
        new ReceiveTicket(
            channel, "COMPLAINT", "HEATING", district, null, null, "暖气不热", answer, "agent", null);
    String number = "12345-DRILL-" + NUMBERS.incrementAndGet();
    return new PastTicket(sla, Ticket.receive(new ObjectId().toHexString(), number, command, at));
  }

  PastTicket then(UnaryOperator<Ticket.Change> step) {
    change = step.apply(change);
    return this;
  }

  /** Dispatched with five days to the deadline. */
  PastTicket dispatch(String department, String at) {
    Instant when = at(at);
    return then(
        c ->
            c.ticket()
                .dispatch(department, when.plus(Duration.ofDays(5)), sla, "agent", null, when));
  }

  PastTicket dispatch(String department, Instant at, Instant deadline) {
    return then(c -> c.ticket().dispatch(department, deadline, sla, "agent", null, at));
  }

  PastTicket sign(String at) {
    return then(c -> c.ticket().sign("dept", at(at)));
  }

  PastTicket returnToAgents(String at) {
    return then(c -> c.ticket().returnToAgents("不归我们", "dept", at(at)));
  }

  PastTicket reply(String at) {
    return then(c -> c.ticket().reply(ReplyResult.RESOLVED, "已处理", null, "dept", at(at)));
  }

  PastTicket callback(CallbackRating rating, Boolean solved, String at) {
    return then(c -> c.ticket().callback(rating, solved, null, "agent", at(at)));
  }

  PastTicket reopen(String at) {
    return then(c -> c.ticket().reopen("不满意", "agent", at(at)));
  }

  Ticket.Change change() {
    return change;
  }

  String id() {
    return change.ticket().id();
  }

  String number() {
    return change.ticket().number();
  }
}
