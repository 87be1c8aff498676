package io.civicline.hotline;

import io.civicline.hotline.domain.Urgency;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The hotline's service-level rules ({@code civicline.hotline.sla}): deadline in working days per
 * urgency, the window to sign for a dispatched ticket, the window to return it, and how often the
 * SLA watcher looks for overdue tickets.
 */
@ConfigurationProperties("civicline.hotline.sla")
public record SlaProperties(
    Map<Urgency, Integer> workingDays,
    Duration signWindow,
    Duration returnWindow,
    Duration watchInterval,
    Duration leaseTime) {

  public SlaProperties {
    Map<Urgency, Integer> days = new EnumMap<>(Urgency.class);
    days.putAll(Map.of(Urgency.NORMAL, 5, Urgency.URGENT, 2, Urgency.VERY_URGENT, 1));
    if (workingDays != null) {
      days.putAll(workingDays);
    }
    workingDays = days;
    signWindow = signWindow == null ? Duration.ofHours(2) : signWindow;
    returnWindow = returnWindow == null ? Duration.ofHours(24) : returnWindow;
    watchInterval = watchInterval == null ? Duration.ofMinutes(1) : watchInterval;
    leaseTime = leaseTime == null ? Duration.ofMinutes(2) : leaseTime;
  }
}
