package io.civicline.kit.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because its user name or address failed too often of late. */
final class SignInLocked extends AuthenticationException {

  private final Duration retryAfter;

  SignInLocked(Duration retryAfter) {
    super("Too many failed sign-ins");
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, rounded up: the value of a {@code Retry-After} header. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
