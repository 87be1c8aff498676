package io.civicline.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo users of the local stack, one per role, written once to {@code <data>/local-users.yml}
 * (edit it to change them) and given to every service as an additional configuration file.
 */
final class DemoUsers {

  /** user name (= password) → role. */
  static final Map<String, String> USERS = users();

  static final String FILE_NAME = "local-users.yml";

  private DemoUsers() {}

  /** Writes the file unless it exists; returns its path. */
  static Path writeIfAbsent(Path data) {
    Path file = data.resolve(FILE_NAME);
    if (Files.exists(file)) {
      return file;
    }
    StringBuilder yaml =
        new StringBuilder("# Demo users of the civicline local stack (HTTP Basic; edit freely).\n");
    USERS.forEach(
        (user, role) ->
            yaml.append("civicline.security.users.")
                .append(user)
                .append(".password: \"{noop}")
                .append(user)
                .append("\"\n")
                .append("civicline.security.users.")
                .append(user)
                .append(".roles: [")
                .append(role)
                .append("]\n"));
    try {
      Files.createDirectories(data);
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static Map<String, String> users() {
    Map<String, String> users = new LinkedHashMap<>();
    users.put("agent", "AGENT");
    users.put("department", "DEPARTMENT");
    users.put("mediator", "MEDIATOR");
    users.put("manager", "MANAGER");
    users.put("admin", "ADMIN");
    return Collections.unmodifiableMap(users);
  }
}
