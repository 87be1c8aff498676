package io.civicline.kit.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a short time, which password it has already matched
 * against which hash. HTTP Basic sends the password with every API call, and a BCrypt check costs
 * tens of milliseconds of CPU each time; a client calling hundreds of times a second would spend
 * the server's CPU on hashing. Only successful matches are remembered, keyed by a SHA-256 of
 * password and hash (so a changed password or hash misses), never the password itself.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

  private static final int MAX_ENTRIES = 10_000;

  private final PasswordEncoder delegate;
  private final Duration memory;
  private final Clock clock;
  private final Map<String, Instant> matched = new ConcurrentHashMap<>();

  RememberingPasswordEncoder(PasswordEncoder delegate, Duration memory, Clock clock) {
    this.delegate = delegate;
    this.memory = memory;
    this.clock = clock;
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return delegate.encode(rawPassword);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (rawPassword == null || encodedPassword == null) {
      return delegate.matches(rawPassword, encodedPassword);
    }
    String key = digest(rawPassword, encodedPassword);
    Instant now = clock.instant();
    Instant until = matched.get(key);
    if (until != null && now.isBefore(until)) {
      return true;
    }
    boolean matches = delegate.matches(rawPassword, encodedPassword);
    if (matches) {
      if (matched.size() >= MAX_ENTRIES) {
        matched.clear();
      }
      matched.put(key, now.plus(memory));
    }
    return matches;
  }

  /**
   * Never: the configured users are the source of truth, and Spring Security's "upgrade" of a
   * {@code {noop}} password would run a BCrypt encoding on a request thread and change the hash
   * this encoder remembers.
   */
  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return false;
  }

  private static String digest(CharSequence rawPassword, String encodedPassword) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
