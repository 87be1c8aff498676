package io.civicline.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the three Spring Boot services, started with {@code java -jar
 * <project>/<name>/target/<name>.jar} and the settings that point it at the local stack.
 */
record Service(String name, int port, String database) {

  /** The demo users' passwords are their names: only the dev profile lets a service take them. */
  static final String DEV_PROFILE = "--spring.profiles.active=dev";

  static List<Service> all(StackOptions options) {
    return List.of(
        new Service("hotline-service", options.hotlinePort(), "hotline"),
        new Service("mediation-service", options.mediationPort(), "mediation"),
        new Service("stats-service", options.statsPort(), null));
  }

  Path jar(Path projectDir) {
    return projectDir.resolve(name).resolve("target").resolve(name + ".jar");
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  List<String> arguments(StackOptions options, Path users) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--spring.kafka.bootstrap-servers=127.0.0.1:" + options.kafkaPort());
    if (database != null) {
      args.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + options.mongoPort() + "/" + database);
      // The two consoles link to each other's pages (a referred ticket and its mediation case).
      args.add(
          "--civicline.hotline.mediation-console-url=http://127.0.0.1:" + options.mediationPort());
      args.add(
          "--civicline.mediation.hotline-console-url=http://127.0.0.1:" + options.hotlinePort());
    } else {
      args.add("--spring.kafka.streams.state-dir=" + options.data().resolve("stats-state"));
      // Every count on the dashboard opens the tickets or cases behind it in the other consoles.
      args.add("--civicline.stats.links.hotline=http://127.0.0.1:" + options.hotlinePort());
      args.add("--civicline.stats.links.mediation=http://127.0.0.1:" + options.mediationPort());
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
