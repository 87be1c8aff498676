package io.civicline.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the three Spring Boot services, started with {@code java -jar
 * <project>/<name>/target/<name>.jar} and the settings that point it at the local stack.
 */
public record Service(String name, String host, int port, String database) {

  /** The demo users' passwords are their names: only the dev profile lets a service take them. */
  public static final String DEV_PROFILE = "--spring.profiles.active=dev";

  static final String STAFF_DATABASE = "civicline-staff";

  static List<Service> all(StackOptions options) {
    String host = options.localAddress();
    return List.of(
        new Service("hotline-service", host, options.hotlinePort(), "hotline"),
        new Service("mediation-service", host, options.mediationPort(), "mediation"),
        new Service("stats-service", host, options.statsPort(), null));
  }

  Path jar(Path projectDir) {
    return projectDir.resolve(name).resolve("target").resolve(name + ".jar");
  }

  /** Where a client on this machine reaches it. */
  String url() {
    return url(port);
  }

  private String url(int port) {
    return "http://" + host + ":" + port;
  }

  List<String> arguments(StackOptions options, Path users) {
    List<String> args = new ArrayList<>();
    args.add("--server.address=" + options.bindAddress());
    args.add("--server.port=" + port);
    args.add("--spring.kafka.bootstrap-servers=" + host + ":" + options.kafkaPort());
    // The same retention as EventTopics gave the topics, or a service would set its own at start.
    args.add("--civicline.topics.retention.referrals=" + options.retention().referrals());
    args.add(
        "--civicline.topics.retention.referral-dead-letters="
            + options.retention().referralDeadLetters());
    // The city's staff directory, one for all three services (stats keeps no database of its own).
    args.add(
        "--civicline.staff.mongodb-uri=mongodb://"
            + host
            + ":"
            + options.mongoPort()
            + "/"
            + STAFF_DATABASE);
    if (database != null) {
      args.add(
          "--spring.mongodb.uri=mongodb://" + host + ":" + options.mongoPort() + "/" + database);
      // The two consoles link to each other's pages (a referred ticket and its mediation case).
      args.add("--civicline.hotline.mediation-console-url=" + url(options.mediationPort()));
      args.add("--civicline.mediation.hotline-console-url=" + url(options.hotlinePort()));
    } else {
      args.add("--spring.kafka.streams.state-dir=" + options.data().resolve("stats-state"));
      // Every count on the dashboard opens the tickets or cases behind it in the other consoles.
      args.add("--civicline.stats.links.hotline=" + url(options.hotlinePort()));
      args.add("--civicline.stats.links.mediation=" + url(options.mediationPort()));
    }
    args.add(DEV_PROFILE);
    args.add("--spring.config.additional-location=file:" + users.toAbsolutePath());
    return args;
  }

  ChildProcess start(StackOptions options, Path users) {
    return ChildProcess.start(
        name,
        JavaCommand.ofJar(jar(options.projectDir()), arguments(options, users)),
        options.projectDir(),
        options.data().resolve("logs").resolve(name + ".log"));
  }
}
