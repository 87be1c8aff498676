package io.civicline.localstack;

import io.civicline.events.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The demo users of the local stack, one per role and one per department of the reference data,
 * written once to {@code <data>/local-users.yml} (edit it to change them) with the demo app's
 * Open311 key, and given to every service as an additional configuration file.
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

  /** The demo app's Open311 api_key; the file keeps only its SHA-256, as production does. */
  public static final String OPEN311_KEY = "demo-open311-key";

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
    yaml.append("# The demo app that may submit Open311 requests (api_key ")
        .append(OPEN311_KEY)
        .append(").\n")
        .append("civicline.open311.api-keys[0].app: demo-app\n")
        .append("civicline.open311.api-keys[0].channel: APP\n")
        .append("civicline.open311.api-keys[0].sha256: ")
        .append(sha256(OPEN311_KEY))
        .append('\n');
    try {
      Files.createDirectories(data);
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** An Open311 api_key as the configuration keeps it: its SHA-256 in hex. */
  public static String sha256(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
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
