package io.civicline.hotline.events;

import io.civicline.hotline.SlaProperties;
import io.civicline.hotline.domain.AtRisk;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.store.SlaKeys;
import io.civicline.hotline.store.TicketStore;
import io.civicline.kit.mongo.ClusterLease;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The SLA watcher: marks tickets past their deadline overdue, and those past 75 % of their time at
 * risk (预警), each change an event like any other, so that the live figures are right. It runs on
 * one instance of the cluster at a time: the one holding the {@value #LEASE} lease.
 */
@Component
public class OverdueWatcher {

  static final String LEASE = "hotline-overdue-watcher";

  private static final Logger log = LoggerFactory.getLogger(OverdueWatcher.class);
  private static final int BATCH = 500;

  private final SlaKeys keys;
  private final TicketStore store;
  private final Clock clock;
  private final ClusterLease lease;
  private final SlaProperties sla;

  /** Whether this instance has keyed the tickets stored before their running deadlines were. */
  private boolean keyed;

  OverdueWatcher(
      SlaKeys keys, TicketStore store, Clock clock, ClusterLease lease, SlaProperties sla) {
    this.keys = keys;
    this.store = store;
    this.clock = clock;
    this.lease = lease;
    this.sla = sla;
  }

  @Scheduled(
      initialDelayString = "${civicline.hotline.sla.watch-interval:1m}",
      fixedDelayString = "${civicline.hotline.sla.watch-interval:1m}")
  void watch() {
    try {
      if (lease.tryAcquire(LEASE, sla.leaseTime())) {
        if (!keyed) {
          int count = keys.keyRunningDeadlines();
          if (count > 0) {
            log.info("keyed the running deadlines of {} tickets stored before", count);
          }
          keyed = true;
        }
        // Overdue first: a ticket past its deadline is overdue, not at risk.
        int marked = markOverdueTickets();
        if (marked > 0) {
          log.info("marked {} tickets overdue", marked);
        }
        int atRisk = markAtRiskTickets();
        if (atRisk > 0) {
          log.info("marked {} tickets at risk", atRisk);
        }
      }
    } catch (RuntimeException e) {
      log.warn("overdue watch failed, will retry next round: {}", e.toString());
    }
  }

  /** One round: every ticket due now, in batches; returns how many it marked. */
  public int markOverdueTickets() {
    return markAll(
        keys::dueToBeMarkedOverdue,
        (ticket, now) ->
            ticket.isDueToBeMarkedOverdue(now)
                && store.update(ticket.markOverdue(now), ticket.version()));
  }

  /** One round: every ticket past its risk time now, in batches; returns how many it marked. */
  public int markAtRiskTickets() {
    return markAll(
        keys::dueToBeMarkedAtRisk,
        (ticket, now) ->
            AtRisk.isDue(ticket, now) && store.update(ticket.markAtRisk(now), ticket.version()));
  }

  /**
   * Marks, in batches, what {@code dueAt} finds; {@code mark} is false for a ticket changed
   * meanwhile (the next round sees it again) or no longer due.
   */
  private int markAll(
      BiFunction<Instant, Integer, List<Ticket>> dueAt, BiPredicate<Ticket, Instant> mark) {
    int marked = 0;
    List<Ticket> due;
    do {
      Instant now = clock.instant();
      due = dueAt.apply(now, BATCH);
      int before = marked;
      for (Ticket ticket : due) {
        if (mark.test(ticket, clock.instant())) {
          marked++;
        }
      }
      if (marked == before) {
        break;
      }
    } while (due.size() == BATCH);
    return marked;
  }
}
