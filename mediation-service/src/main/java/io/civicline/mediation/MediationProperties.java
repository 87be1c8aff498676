package io.civicline.mediation;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mediation service's rules and rhythms ({@code civicline.mediation}): the time limit of a case
 * on the city's calendar, the window in which a failed case may be reopened, how often the overdue
 * watcher runs and how long its lease lasts, and how many case numbers an instance reserves at a
 * time.
 */
@ConfigurationProperties("civicline.mediation")
public record MediationProperties(
    Period timeLimit,
    Duration reopenWindow,
    Duration watchInterval,
    Duration leaseTime,
    Integer numberBlock) {

  public MediationProperties {
    timeLimit = timeLimit == null ? Period.ofMonths(1) : timeLimit;
    reopenWindow = reopenWindow == null ? Duration.ofDays(30) : reopenWindow;
    watchInterval = watchInterval == null ? Duration.ofMinutes(1) : watchInterval;
    leaseTime = leaseTime == null ? Duration.ofMinutes(2) : leaseTime;
    numberBlock = numberBlock == null ? 20 : numberBlock;
  }
}
