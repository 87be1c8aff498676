package io.civicline.kit.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins are throttled, per user name and per client address alike ({@code
 * civicline.security.sign-in.*}): after {@code failuresAllowed} failures the name or address is
 * locked for {@code firstDelay}, and each further failure doubles the lock up to {@code maxDelay}.
 * Failures are forgotten {@code forgetAfter} the last one; at most {@code maxTracked} names and as
 * many addresses are remembered, so that a spray of made-up names cannot fill the memory.
 */
@ConfigurationProperties("civicline.security.sign-in")
public record SignInLimits(
    Integer failuresAllowed,
    Duration firstDelay,
    Duration maxDelay,
    Duration forgetAfter,
    Integer maxTracked) {

  public SignInLimits {
    failuresAllowed = failuresAllowed == null ? 5 : failuresAllowed;
    firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
    maxDelay = maxDelay == null ? Duration.ofMinutes(15) : maxDelay;
    forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
    maxTracked = maxTracked == null ? 10_000 : maxTracked;
    if (failuresAllowed < 1 || maxTracked < 1 || firstDelay.isNegative()) {
      throw new IllegalArgumentException(
          "civicline.security.sign-in: failures-allowed and max-tracked must be at least 1 and"
              + " first-delay not negative");
    }
  }

  /** The lock after this many failures in a row: none before the allowance is used up. */
  Duration lockAfter(int failures) {
    if (failures < failuresAllowed) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - failuresAllowed, 30);
    Duration lock = firstDelay.multipliedBy(1L << doublings);
    return lock.compareTo(maxDelay) > 0 ? maxDelay : lock;
  }
}
