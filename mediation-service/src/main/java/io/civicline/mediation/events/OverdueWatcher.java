package io.civicline.mediation.events;

import io.civicline.kit.mongo.ClusterLease;
import io.civicline.mediation.MediationProperties;
import io.civicline.mediation.OverdueCases;
import io.civicline.mediation.domain.MediationCase;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private static final Logger log = LoggerFactory.getLogger(OverdueWatcher.class);
  private static final int BATCH = 500;

  private final OverdueCases desk;
  private final ClusterLease lease;
  private final MediationProperties properties;

  OverdueWatcher(OverdueCases desk, ClusterLease lease, MediationProperties properties) {
    this.desk = desk;
    this.lease = lease;
    this.properties = properties;
  }

  @Scheduled(
      initialDelayString = "${civicline.mediation.watch-interval:1m}",
      fixedDelayString = "${civicline.mediation.watch-interval:1m}")
  void watch() {
    try {
      if (lease.tryAcquire(LEASE, properties.leaseTime())) {
        int marked = markOverdueCases();
        if (marked > 0) {
          log.info("marked {} cases overdue", marked);
        }
      }
    } catch (RuntimeException e) {
      log.warn("overdue watch failed, will retry next round: {}", e.toString());
    }
  }

  /** One round: every case due now, in batches; returns how many it marked. */
  public int markOverdueCases() {
    int marked = 0;
    List<MediationCase> due;
    do {
      Instant now = desk.now();
      due = desk.dueToBeMarkedOverdue(now, BATCH);
      int before = marked;
      for (MediationCase mediationCase : due) {
        if (desk.markOverdue(mediationCase)) {
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
