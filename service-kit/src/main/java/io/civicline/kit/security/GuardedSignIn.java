package io.civicline.kit.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks user name and password through another provider, but first refuses a name or address that
 * failed too often of late ({@link SignInLimits}), and records every outcome: a counter {@code
 * civicline.sign-ins} by door and outcome, and a log line with user name, address and door (never
 * the password). A success resets the user's failures, not the address's: one good account must not
 * reset an address that is guessing others.
 */
final class GuardedSignIn implements AuthenticationProvider {

  private static final Logger log = LoggerFactory.getLogger(GuardedSignIn.class);

  /** Longer names are not ours: their prefix is key enough and keeps each entry small. */
  private static final int MAX_KEY_LENGTH = 64;

  private final AuthenticationProvider delegate;
  private final FailedSignIns users;
  private final FailedSignIns addresses;
  private final MeterRegistry meters;
  private final Clock clock;

  GuardedSignIn(
      AuthenticationProvider delegate, SignInLimits limits, MeterRegistry meters, Clock clock) {
    this.delegate = delegate;
    this.users = new FailedSignIns(limits);
    this.addresses = new FailedSignIns(limits);
    this.meters = meters;
    this.clock = clock;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return delegate.supports(authentication);
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    String user = key(attempt.getName()).toLowerCase(Locale.ROOT);
    String address = key(addressOf(attempt));
    String door = doorOf(attempt);
    Instant now = clock.instant();
    Duration locked = longer(users.lockedFor(user, now), addresses.lockedFor(address, now));
    if (!locked.isZero()) {
      count(door, "locked");
      log.debug("Sign-in refused while locked: user={} address={} door={}", user, address, door);
      throw new SignInLocked(locked);
    }
    Authentication result;
    try {
      result = delegate.authenticate(attempt);
    } catch (InternalAuthenticationServiceException e) {
      // The account store failed (e.g. the database is down), not the caller: counting it would
      // lock every user out for the length of an outage and long after.
      count(door, "error");
      throw e;
    } catch (AuthenticationException e) {
      Duration lock = longer(users.failed(user, now), addresses.failed(address, now));
      count(door, "failure");
      log.warn(
          "Sign-in failed: user={} address={} door={}{}",
          user,
          address,
          door,
          lock.isZero() ? "" : "; locked for " + lock.toSeconds() + " s");
      throw e;
    }
    users.forget(user);
    count(door, "success");
    // Every API call with HTTP Basic is a sign-in: counted, but logged at INFO only for the form,
    // where it starts a session, so that the API's traffic does not flood the log.
    if (door.equals("form")) {
      log.info("Signed in: user={} address={} door={}", user, address, door);
    } else {
      log.debug("Signed in: user={} address={} door={}", user, address, door);
    }
    return result;
  }

  int trackedUsers() {
    return users.size();
  }

  int trackedAddresses() {
    return addresses.size();
  }

  private void count(String door, String outcome) {
    Counter.builder("civicline.sign-ins")
        .description("Sign-in attempts by door and outcome")
        .tag("door", door)
        .tag("outcome", outcome)
        .register(meters)
        .increment();
  }

  private static String addressOf(Authentication attempt) {
    return attempt.getDetails() instanceof WebAuthenticationDetails web
            && web.getRemoteAddress() != null
        ? web.getRemoteAddress()
        : "unknown";
  }

  private static String doorOf(Authentication attempt) {
    return attempt.getDetails() instanceof SignInDetails details
        ? details.door().name().toLowerCase(Locale.ROOT)
        : "other";
  }

  /** What a client sent, short and without control characters, safe as a key and in a log line. */
  private static String key(String sent) {
    String value = sent == null ? "" : sent;
    String shortened = value.length() > MAX_KEY_LENGTH ? value.substring(0, MAX_KEY_LENGTH) : value;
    return shortened.replaceAll("\\p{Cntrl}", "?");
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
