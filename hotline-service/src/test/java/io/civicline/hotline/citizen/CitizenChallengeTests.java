package io.civicline.hotline.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The challenge's token: right once, wrong with another answer or key, spent, expired. */
class CitizenChallengeTests {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final String SECRET = "a-secret-of-the-test-run";

  @Test
  void theRightAnswerPassesOnceAndThenTheTokenIsSpent() {
    CitizenChallenge challenge = at(NOW);
    CitizenChallenge.Question question = challenge.next();
    String answer = String.valueOf(question.first() + question.second());
    assertThat(challenge.check(question.token(), answer)).isNull();
    assertThat(challenge.check(question.token(), answer)).isEqualTo(CitizenChallenge.Failure.SPENT);
  }

  @Test
  void aWrongAnswerSpendsTheTokenToo() {
    CitizenChallenge challenge = at(NOW);
    CitizenChallenge.Question question = challenge.next();
    String answer = String.valueOf(question.first() + question.second());
    assertThat(challenge.check(question.token(), answer + "0"))
        .isEqualTo(CitizenChallenge.Failure.WRONG);
    assertThat(challenge.check(question.token(), answer)).isEqualTo(CitizenChallenge.Failure.SPENT);
  }

  @Test
  void aTokenOfAnotherKeyIsWrong() {
    CitizenChallenge.Question question =
        new CitizenChallenge("another-secret-entirely", Duration.ofMinutes(30), fixed(NOW)).next();
    String answer = String.valueOf(question.first() + question.second());
    assertThat(at(NOW).check(question.token(), answer)).isEqualTo(CitizenChallenge.Failure.WRONG);
  }

  @Test
  void aTokenPastItsTimeHasExpired() {
    CitizenChallenge.Question question = at(NOW).next();
    String answer = String.valueOf(question.first() + question.second());
    assertThat(at(NOW.plus(Duration.ofMinutes(31))).check(question.token(), answer))
        .isEqualTo(CitizenChallenge.Failure.EXPIRED);
    assertThat(at(NOW.plus(Duration.ofMinutes(29))).check(question.token(), answer)).isNull();
  }

  private static CitizenChallenge at(Instant now) {
    return new CitizenChallenge(SECRET, Duration.ofMinutes(30), fixed(now));
  }

  private static Clock fixed(Instant now) {
    return Clock.fixed(now, ZoneOffset.UTC);
  }
}
