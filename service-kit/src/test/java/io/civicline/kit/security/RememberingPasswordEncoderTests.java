package io.civicline.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordEncoderTests {

  final AtomicInteger checks = new AtomicInteger();
  final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
  final PasswordEncoder counting =
      new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
          return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
          checks.incrementAndGet();
          return real.matches(raw, encoded);
        }
      };
  final String hash = real.encode("s3cret");

  @Test
  void aMatchedPasswordIsNotCheckedAgainUntilTheMemoryExpires() {
    MutableClock clock = new MutableClock();
    var encoder = new RememberingPasswordEncoder(counting, Duration.ofMinutes(10), clock);

    assertThat(encoder.matches("s3cret", hash)).isTrue();
    assertThat(encoder.matches("s3cret", hash)).isTrue();
    assertThat(checks).hasValue(1);

    clock.now = clock.now.plus(Duration.ofMinutes(11));
    assertThat(encoder.matches("s3cret", hash)).isTrue();
    assertThat(checks).hasValue(2);
  }

  @Test
  void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
    var encoder =
        new RememberingPasswordEncoder(counting, Duration.ofMinutes(10), new MutableClock());

    assertThat(encoder.matches("guess", hash)).isFalse();
    assertThat(encoder.matches("guess", hash)).isFalse();
    assertThat(checks).hasValue(2);
    assertThat(encoder.matches("s3cret", real.encode("other"))).isFalse();
  }

  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-03-14T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
