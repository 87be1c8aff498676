package io.civicline.hotline.citizen;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The submission form's challenge, which needs no outside service: a small sum to work out, whose
 * answer is checked against a token in a hidden field, {@code nonce.expiry.mac}, the MAC an
 * HMAC-SHA256 over the nonce, the expiry and the answer. Nothing is kept for a challenge handed
 * out; a token is spent on its first check, right or wrong (a replay is refused, and one question
 * gives one try). Being signed and spent once, the token is also the form's anti-forgery token.
 */
final class CitizenChallenge {

  /** A question to show: {@code first} plus {@code second}, and the token of its answer. */
  record Question(int first, int second, String token) {}

  /** Why an answer does not pass, as a message key of the form. */
  enum Failure {
    WRONG,
    EXPIRED,
    SPENT
  }

  private static final int MAX_SPENT = 100_000;
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final SecureRandom random = new SecureRandom();
  private final SecretKeySpec key;
  private final Duration validity;
  private final Clock clock;
  private final Map<String, Instant> spent = new ConcurrentHashMap<>();

  CitizenChallenge(String secret, Duration validity, Clock clock) {
    byte[] bytes = new byte[32];
    if (secret == null) {
      random.nextBytes(bytes);
    } else {
      bytes = secret.getBytes(StandardCharsets.UTF_8);
    }
    this.key = new SecretKeySpec(bytes, "HmacSHA256");
    this.validity = validity;
    this.clock = clock;
  }

  Question next() {
    int first = 2 + random.nextInt(18);
    int second = 1 + random.nextInt(9);
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    String head =
        BASE64.encodeToString(nonce) + "." + clock.instant().plus(validity).getEpochSecond();
    return new Question(first, second, head + "." + mac(head, first + second));
  }

  /** Null when the answer passes; a well-formed token is spent on its first check either way. */
  Failure check(String token, String answer) {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3 || !parts[0].matches("[A-Za-z0-9_-]{16}")) {
      return Failure.WRONG;
    }
    Long expiry = longOrNull(parts[1]);
    Integer given = number(answer);
    Instant now = clock.instant();
    // An expiry further off than any token of ours has cannot be ours: it would stay spent forever.
    if (expiry == null || given == null || expiry > now.plus(validity).getEpochSecond()) {
      return Failure.WRONG;
    }
    if (spent.size() >= MAX_SPENT) {
      spent.values().removeIf(until -> until.isBefore(now));
    }
    if (spent.putIfAbsent(parts[0], Instant.ofEpochSecond(expiry)) != null) {
      return Failure.SPENT;
    }
    byte[] expected = mac(parts[0] + "." + parts[1], given).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Failure.WRONG;
    }
    return now.isAfter(Instant.ofEpochSecond(expiry)) ? Failure.EXPIRED : null;
  }

  private String mac(String head, int answer) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return BASE64.encodeToString(
          mac.doFinal((head + "." + answer).getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java has HmacSHA256", e);
    }
  }

  private static Integer number(String answer) {
    if (answer == null || !answer.strip().matches("[0-9]{1,3}")) {
      return null;
    }
    return Integer.valueOf(answer.strip());
  }

  private static Long longOrNull(String text) {
    return text.matches("[0-9]{1,12}") ? Long.valueOf(text) : null;
  }
}
