package io.civicline.hotline.events;

import io.civicline.hotline.SlaProperties;
import io.civicline.hotline.domain.AtRisk;
import io.civicline.hotline.store.TicketStore;
import io.civicline.kit.aggregate.DeadlineWatch;
import io.civicline.kit.mongo.ClusterLease;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
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

  private final TicketStore store;
  private final DeadlineWatch watch;

  OverdueWatcher(
      TicketStore store, Clock clock, ClusterLease lease, SlaProperties sla, MeterRegistry meters) {
    this.store = store;
    this.watch = new DeadlineWatch(lease, LEASE, sla.leaseTime(), clock, meters);
  }

  @Scheduled(
      initialDelayString = "${civicline.hotline.sla.watch-interval:1m}",
      fixedDelayString = "${civicline.hotline.sla.watch-interval:1m}")
  void watch() {
    // Overdue first: a ticket past its deadline is overdue, not at risk.
    watch.ifLeased(
        () -> {
          markOverdueTickets();
          markAtRiskTickets();
        });
  }

  /** One round: every ticket due now, in batches; returns how many it marked. */
  public int markOverdueTickets() {
    return watch.round(
        "tickets overdue",
        store::dueToBeMarkedOverdue,
        (ticket, now) ->
            ticket.isDueToBeMarkedOverdue(now)
                && store.update(ticket.markOverdue(now), ticket.version()));
  }

  /** One round: every ticket past its risk time now, in batches; returns how many it marked. */
  public int markAtRiskTickets() {
    return watch.round(
        "tickets at risk",
        store::dueToBeMarkedAtRisk,
        (ticket, now) ->
            AtRisk.isDue(ticket, now) && store.update(ticket.markAtRisk(now), ticket.version()));
  }
}
