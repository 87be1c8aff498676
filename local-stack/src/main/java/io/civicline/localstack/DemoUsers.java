package io.civicline.localstack;

import io.civicline.events.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The demo users of the local stack, one per role and one per department of the reference data,
 * written once to {@code <data>/local-users.yml} (edit it to change them) and given to every
 * service as an additional configuration file.
 */
public final class DemoUsers {

  /** A demo user's role and, for department staff, the department they work for. */
  public record Role(String role, String department) {}

  /** user name (= password) → role. */
  static final Map<String, Role> USERS = users();

  /**
   * user name → the scope lines of that user. The lead leads the district YIMEI (every body of it)
   * rather than one body, so that the demo's two mediators, of two YIMEI bodies, are both theirs.
   */
  static final Map<String, String> SCOPES = Map.of("lead", "district: YIMEI");

  public static final String FILE_NAME = "local-users.yml";

  private DemoUsers() {}

  /**
   * The demo user of a department's staff: its code in lower case, without a company's {@code _co}
   * ({@code HEATING_CO} → {@code heating}, {@code URBAN_MGMT} → {@code urban_mgmt}). The load
   * generator acts as the holding department's user by the same rule.
   */
  public static String departmentUser(String department) {
    return department.toLowerCase(Locale.ROOT).replaceFirst("_co$", "");
  }

  /** Writes the file unless it exists; returns its path. */
  static Path writeIfAbsent(Path data) {
    Path file = data.resolve(FILE_NAME);
    if (Files.exists(file)) {
      return file;
    }
    StringBuilder yaml =
        new StringBuilder("# Demo users of the civicline local stack (HTTP Basic; edit freely).\n");
    USERS.forEach(
        (user, role) -> {
          String prefix = "civicline.security.users." + user;
          yaml.append(prefix).append(".password: \"{noop}").append(user).append("\"\n");
          yaml.append(prefix).append(".roles: [").append(role.role()).append("]\n");
          if (role.department() != null) {
            yaml.append(prefix).append(".department: ").append(role.department()).append('\n');
          }
          yaml.append(scope(user));
        });
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

  private static Map<String, Role> users() {
    Map<String, Role> users = new LinkedHashMap<>();
    users.put("agent", new Role("AGENT", null));
    users.put("mediator", new Role("MEDIATOR", null));
    users.put("mediator2", new Role("MEDIATOR", null));
    users.put("lead", new Role("MEDIATION_LEAD", null));
    users.put("manager", new Role("MANAGER", null));
    users.put("admin", new Role("ADMIN", null));
    for (ReferenceData.Code department : ReferenceData.defaults().departments()) {
      users.put(departmentUser(department.code()), new Role("DEPARTMENT", department.code()));
    }
    return Collections.unmodifiableMap(users);
  }
}
