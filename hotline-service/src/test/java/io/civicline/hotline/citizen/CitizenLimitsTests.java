package io.civicline.hotline.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.kit.problem.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Whose address a request counts against, and the window's allowance. */
class CitizenLimitsTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void theForwardedAddressCountsOnlyWhenTrustedAndThenTheProxysEntry() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("10.0.0.9");
    request.addHeader("X-Forwarded-For", "6.6.6.6, 203.0.113.7");
    assertThat(limits(false).address(request)).isEqualTo("10.0.0.9");
    assertThat(limits(true).address(request)).isEqualTo("203.0.113.7");
  }

  @Test
  void theSixthSubmissionInTheWindowIsRefusedWithTheTimeLeft() {
    CitizenLimits limits = limits(false);
    MockHttpServletRequest request = new MockHttpServletRequest();
    for (int i = 0; i < 5; i++) {
      limits.admitSubmission(request);
    }
    assertThatThrownBy(() -> limits.admitSubmission(request))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(600));
    limits.admitLookup(request);
  }

  private static CitizenLimits limits(boolean trustForwardedFor) {
    return new CitizenLimits(
        new CitizenProperties(
            null, null, Duration.ofMinutes(10), trustForwardedFor, null, null, null),
        CLOCK);
  }
}
