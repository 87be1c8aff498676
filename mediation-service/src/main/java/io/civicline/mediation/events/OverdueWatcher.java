package io.civicline.mediation.events;

import io.civicline.kit.aggregate.DeadlineWatch;
import io.civicline.kit.mongo.ClusterLease;
import io.civicline.mediation.MediationProperties;
import io.civicline.mediation.OverdueCases;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks open cases past their time limit overdue, each change an event like any other, so that the
 * live overdue figure is right. It runs on one instance of the cluster at a time: the one holding
 * the {@value #LEASE} lease.
 */
@Component
public class OverdueWatcher {

  static final String LEASE = "mediation-overdue-watcher";

  private final OverdueCases desk;
  private final DeadlineWatch watch;

  OverdueWatcher(
      OverdueCases desk,
      Clock clock,
      ClusterLease lease,
      MediationProperties properties,
      MeterRegistry meters) {
    this.desk = desk;
    this.watch = new DeadlineWatch(lease, LEASE, properties.leaseTime(), clock, meters);
  }

  @Scheduled(
      initialDelayString = "${civicline.mediation.watch-interval:1m}",
      fixedDelayString = "${civicline.mediation.watch-interval:1m}")
  void watch() {
    watch.ifLeased(this::markOverdueCases);
  }

  /** One round: every case due now, in batches; returns how many it marked. */
  public int markOverdueCases() {
    return watch.round(
        "cases overdue",
        desk::dueToBeMarkedOverdue,
        (mediationCase, now) -> desk.markOverdue(mediationCase));
  }
}
