package io.civicline.kit.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Refuses to start with a configured password anyone could guess or read, unless the {@code dev}
 * profile is active (the local stack's demo users): one stored in clear ({@code {noop}}), one equal
 * to its user name, or one without a known encoding prefix.
 */
final class WeakPasswords {

  static final String DEV_PROFILE = "dev";

  private WeakPasswords() {}

  static void refuse(UsersProperties properties, PasswordEncoder encoder, Environment environment) {
    if (environment.acceptsProfiles(Profiles.of(DEV_PROFILE))) {
      return;
    }
    List<String> weak = new ArrayList<>();
    for (Map.Entry<String, UsersProperties.User> user : properties.users().entrySet()) {
      String reason = weakness(user.getKey(), user.getValue().password(), encoder);
      if (reason != null) {
        weak.add("civicline.security.users." + user.getKey() + ".password " + reason);
      }
    }
    if (!weak.isEmpty()) {
      throw new IllegalStateException(
          String.join("; ", weak)
              + ". Outside the 'dev' profile every configured password must be encoded"
              + " ({bcrypt}…) and differ from its user name; for development only, start with"
              + " --spring.profiles.active=dev.");
    }
  }

  private static String weakness(String name, String password, PasswordEncoder encoder) {
    if (password == null || password.isBlank()) {
      return "is missing";
    }
    if (password.startsWith("{noop}")) {
      return "is stored in clear ({noop})";
    }
    try {
      return encoder.matches(name, password) ? "equals the user name" : null;
    } catch (IllegalArgumentException e) {
      return "has no known encoding prefix such as {bcrypt}";
    }
  }
}
