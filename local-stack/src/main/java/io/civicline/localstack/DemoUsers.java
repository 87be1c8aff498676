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

  /**
   * user name → the scope lines of that user. The lead leads the district YIMEI (every body of it)
   * rather than one body, so that the demo's two mediators, of two YIMEI bodies, are both theirs.
   */
  static final Map<String, String> SCOPES = Map.of("lead", "district: YIMEI");

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
                .append("]\n")
                .append(scope(user)));
    try {
      Files.createDirectories(data);
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static String scope(String user) {
    String scope = SCOPES.get(user);
    return scope == null ? "" : "civicline.security.users." + user + "." + scope + "\n";
  }

  private static Map<String, String> users() {
    Map<String, String> users = new LinkedHashMap<>();
    users.put("agent", "AGENT");
    users.put("department", "DEPARTMENT");
    users.put("mediator", "MEDIATOR");
    users.put("mediator2", "MEDIATOR");
    users.put("lead", "MEDIATION_LEAD");
    users.put("manager", "MANAGER");
    users.put("admin", "ADMIN");
    return Collections.unmodifiableMap(users);
  }
}
