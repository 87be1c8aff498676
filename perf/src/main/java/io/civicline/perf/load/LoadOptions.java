package io.civicline.perf.load;

import io.civicline.perf.Arguments;
import java.time.Duration;
import java.util.Map;

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
    Arguments given =
        Arguments.parse(
            args,
            Arguments.withAddresses(
                Map.of(
                    "preset", "small", "scale", "", "clients", "8", "seed", "12345", "settle",
                    "120"),
                "hotline",
                "mediation",
                "stats"));
    boolean scaled = given.has("scale");
    String preset = scaled ? "scale " + given.text("scale") : given.text("preset");
    return new LoadOptions(
        scaled ? LoadMix.scaled(given.share("scale")) : LoadMix.named(preset),
        preset,
        given.number("clients", 1),
        given.longNumber("seed", Long.MIN_VALUE),
        given.text("hotline"),
        given.text("mediation"),
        given.text("stats"),
        given.seconds("settle", 0));
  }
}
