package io.civicline.stats.streams;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * UP once this instance's copy of the city's counts has caught up: before that its answers would be
 * partial, so it is not ready for traffic.
 */
class FigureReplicaHealthIndicator extends AbstractHealthIndicator {

  private final FigureCounts counts;

  FigureReplicaHealthIndicator(FigureCounts counts) {
    super("Figure replica health check failed");
    this.counts = counts;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    (counts.isCaughtUp() ? builder.up() : builder.outOfService())
        .withDetail("countersRead", counts.recordsRead());
  }
}
