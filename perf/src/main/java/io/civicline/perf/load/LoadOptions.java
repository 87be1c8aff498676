package io.civicline.localstack.load;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The load's settings from {@code --name=value} arguments; see {@link #usage()}.
 *
 * @param mix how many tickets and cases take each journey
 * @param clients concurrent clients (agents and mediators at work)
 * @param seed what the plan is drawn from: the same seed, the same run
 * @param settle how long to wait for the figures to equal the record after the load
 */
record LoadOptions(
    LoadMix mix,
    String preset,
    int clients,
    long seed,
    String hotlineUrl,
    String mediationUrl,
    String statsUrl,
    Duration settle) {

  private static final Set<String> KNOWN =
      Set.of("preset", "scale", "clients", "seed", "hotline", "mediation", "stats", "settle");

  static String usage() {
    return """
        Usage: ./load.sh [--preset=small|day|year] [--scale=SHARE] [--clients=N] [--seed=N]
                         [--hotline=URL] [--mediation=URL] [--stats=URL] [--settle=SECONDS]

        Drives a city's hotline and mediation through the services' APIs as agents, department
        staff and mediators would, then compares every figure of the year in stats-service with its
        own record of what it did and prints each difference. Signs in as the local stack's demo
        users (agent, each department's user, mediator, lead, admin, manager; password = user name).

          --preset     small (CI, ~500 tickets), day (~1,000) or year (240,000 contacts, 4,812
                       disputes mediated); default small
          --scale      a share of the year instead of a preset, e.g. 0.01
          --clients    concurrent clients; default 8
          --seed       the plan's seed; default 12345
          --hotline    default http://127.0.0.1:8081
          --mediation  default http://127.0.0.1:8082
          --stats      default http://127.0.0.1:8083
          --settle     seconds to wait for the figures to catch up; default 120
        """;
  }

  static LoadOptions parse(String... args) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("not an option: " + arg + "\n\n" + usage());
      }
      given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    Map<String, String> unknown = new LinkedHashMap<>(given);
    unknown.keySet().removeAll(KNOWN);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown options: " + unknown.keySet() + "\n\n" + usage());
    }
    String scale = given.get("scale");
    String preset = scale != null ? "scale " + scale : given.getOrDefault("preset", "small");
    LoadOptions options =
        new LoadOptions(
            scale != null ? LoadMix.scaled(Double.parseDouble(scale)) : LoadMix.named(preset),
            preset,
            Integer.parseInt(given.getOrDefault("clients", "8")),
            Long.parseLong(given.getOrDefault("seed", "12345")),
            given.getOrDefault("hotline", "http://127.0.0.1:8081"),
            given.getOrDefault("mediation", "http://127.0.0.1:8082"),
            given.getOrDefault("stats", "http://127.0.0.1:8083"),
            Duration.ofSeconds(Long.parseLong(given.getOrDefault("settle", "120"))));
    if (options.clients < 1) {
      throw new IllegalArgumentException("--clients must be at least 1");
    }
    return options;
  }
}
