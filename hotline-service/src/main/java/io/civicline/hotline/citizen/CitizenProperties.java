package io.civicline.hotline.citizen;

import io.civicline.kit.files.FileLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The citizen page's guards ({@code civicline.citizen.*}): how many submissions and lookups one
 * client address may make in a window; whether the address is read from {@code X-Forwarded-For}
 * (only behind a proxy that sets it: otherwise anyone could name any address); the largest body the
 * request form may send (default: its photos at their largest and the form); the secret that signs
 * the challenge (a random one at each start when none is given, which only makes forms opened
 * before a restart fail once) and how long a challenge holds.
 */
@ConfigurationProperties("civicline.citizen")
public record CitizenProperties(
    Integer submissionsPerWindow,
    Integer lookupsPerWindow,
    Duration window,
    Boolean trustForwardedFor,
    DataSize maxRequestSize,
    String challengeSecret,
    Duration challengeValidity) {

  public CitizenProperties {
    submissionsPerWindow = submissionsPerWindow == null ? 5 : submissionsPerWindow;
    lookupsPerWindow = lookupsPerWindow == null ? 30 : lookupsPerWindow;
    window = window == null ? Duration.ofMinutes(10) : window;
    trustForwardedFor = trustForwardedFor != null && trustForwardedFor;
    maxRequestSize =
        maxRequestSize == null
            ? DataSize.ofBytes(FileLimits.MAX_SUBMISSION_BODY_BYTES)
            : maxRequestSize;
    challengeValidity = challengeValidity == null ? Duration.ofMinutes(30) : challengeValidity;
    if (challengeSecret != null && challengeSecret.length() < 16) {
      throw new IllegalArgumentException(
          "civicline.citizen.challenge-secret: at least 16 characters, or none (random)");
    }
  }
}
