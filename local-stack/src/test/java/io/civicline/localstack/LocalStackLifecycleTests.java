package io.civicline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher with its real Kafka broker and MongoDB-wire server and three stand-in services: what
 * it starts, with which settings, and how it stops.
 */
class LocalStackLifecycleTests {

  @TempDir Path project;

  private final int kafka = FreePorts.next();
  private final int controller = FreePorts.next();
  private final int mongo = FreePorts.next();
  private final int hotline = FreePorts.next();
  private final int mediation = FreePorts.next();
  private final int stats = FreePorts.next();
  private LauncherProcess launcher;

  @BeforeEach
  void installFakeServices() throws Exception {
    FakeServiceJars.install(project);
  }

  @AfterEach
  void stopLauncher() throws Exception {
    if (launcher != null && launcher.process().isAlive()) {
      launcher.process().destroy();
      launcher.process().waitFor(90, TimeUnit.SECONDS);
    }
  }

  @Test
  void startsEveryPartWithItsSettingsAndStopsThemInOrderOnSigterm() throws Exception {
    launcher = LauncherProcess.fromClasses(args());
    launcher.awaitLine(LocalStack.READY_LINE, Duration.ofSeconds(120));
    // The summary follows the ready line; its last line says it is all there.
    launcher.awaitLine(LocalStack.STOP_HINT, Duration.ofSeconds(10));
    List<ProcessHandle> children = launcher.children();
    Path data = project.resolve("data");

    assertThat(children).hasSizeGreaterThanOrEqualTo(5);
    assertThat(arguments("hotline-service"))
        .containsExactly(
            "--server.address=127.0.0.1",
            "--server.port=" + hotline,
            "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafka,
            "--civicline.topics.retention.referrals=PT720H",
            "--civicline.topics.retention.referral-dead-letters=PT720H",
            "--civicline.staff.mongodb-uri=mongodb://127.0.0.1:" + mongo + "/civicline-staff",
            "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongo + "/hotline",
            "--civicline.hotline.mediation-console-url=http://127.0.0.1:" + mediation,
            "--civicline.mediation.hotline-console-url=http://127.0.0.1:" + hotline,
            "--spring.profiles.active=dev",
            "--spring.config.additional-location=file:" + data.resolve("local-users.yml"));
    assertThat(arguments("mediation-service"))
        .contains(
            "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongo + "/mediation",
            "--civicline.mediation.hotline-console-url=http://127.0.0.1:" + hotline);
    assertThat(arguments("stats-service"))
        .containsExactly(
            "--server.address=127.0.0.1",
            "--server.port=" + stats,
            "--spring.kafka.bootstrap-servers=127.0.0.1:" + kafka,
            "--civicline.topics.retention.referrals=PT720H",
            "--civicline.topics.retention.referral-dead-letters=PT720H",
            "--civicline.staff.mongodb-uri=mongodb://127.0.0.1:" + mongo + "/civicline-staff",
            "--spring.kafka.streams.state-dir=" + data.resolve("stats-state"),
            "--civicline.stats.links.hotline=http://127.0.0.1:" + hotline,
            "--civicline.stats.links.mediation=http://127.0.0.1:" + mediation,
            "--spring.profiles.active=dev",
            "--spring.config.additional-location=file:" + data.resolve("local-users.yml"));
    assertThat(Files.readAllLines(data.resolve("local-users.yml")))
        .contains(
            "civicline.security.users.agent.password: \"{noop}agent\"",
            "civicline.security.users.agent.roles: [AGENT]",
            "civicline.security.users.admin.password: \"{noop}admin\"",
            "civicline.security.users.admin.roles: [ADMIN]");
    assertThat(launcher.output())
        .contains(
            "http://127.0.0.1:" + hotline + "/swagger-ui.html",
            "http://127.0.0.1:" + stats + "/actuator/health",
            "manager    / manager   : MANAGER",
            "Listening on 127.0.0.1 only (--bind-address=",
            "Logs: " + data.resolve("logs"));
    assertThat(data.resolve("logs/kafka.log")).content().contains("Kafka Server started");
    assertThat(data.resolve("logs/hotline-service.log")).content().contains("fake service");
    assertThat(data.resolve("mongo/civicline.mv")).exists();

    launcher.sigterm();

    assertThat(launcher.awaitExit(Duration.ofSeconds(90))).isTrue();
    assertThat(stopOrder())
        .containsExactly(
            "stopped hotline-service",
            "stopped mediation-service",
            "stopped stats-service",
            "stopped kafka",
            "stopped mongo");
    for (String service : FakeServiceJars.SERVICES) {
      assertThat(FakeServiceJars.target(project, service).resolve("stopped")).exists();
    }
    assertThat(children).noneMatch(ProcessHandle::isAlive);
    for (int port : List.of(kafka, controller, mongo, hotline, mediation, stats)) {
      assertThat(PortCheck.isFree(port)).as("port %d is free again", port).isTrue();
    }
  }

  @Test
  void everyPartListensOnTheBindAddressAndNowhereElse() throws Exception {
    // Linux answers on the whole of 127/8: another loopback address stands in for a network one.
    String elsewhere = "127.0.0.2";
    List<String> args = new ArrayList<>(args());
    args.add("--bind-address=" + elsewhere);
    launcher = LauncherProcess.fromClasses(args);
    launcher.awaitLine(LocalStack.READY_LINE, Duration.ofSeconds(120));

    for (int port : List.of(kafka, mongo, hotline, mediation, stats)) {
      assertThat(PortCheck.answers(elsewhere, port)).as("%s:%d", elsewhere, port).isTrue();
      assertThat(PortCheck.answers("127.0.0.1", port)).as("127.0.0.1:%d", port).isFalse();
    }
    assertThat(arguments("hotline-service"))
        .contains(
            "--server.address=" + elsewhere,
            "--spring.kafka.bootstrap-servers=" + elsewhere + ":" + kafka,
            "--spring.mongodb.uri=mongodb://" + elsewhere + ":" + mongo + "/hotline");
    // Printed in the summary after the ready line: wait for it rather than read the output so far.
    launcher.awaitLine("Listening on " + elsewhere + " only", Duration.ofSeconds(10));
  }

  @Test
  void aServiceThatExitsWhileStartingFailsTheStartWithItsLogAndStopsTheRest() throws Exception {
    Files.createFile(FakeServiceJars.target(project, "mediation-service").resolve("fail-at-start"));

    launcher = LauncherProcess.fromClasses(args());

    assertThat(launcher.awaitExit(Duration.ofSeconds(120))).isTrue();
    assertThat(launcher.process().exitValue()).isEqualTo(1);
    assertThat(launcher.output())
        .contains(
            "mediation-service exited with code 7 while starting; the last lines of "
                + project.resolve("data/logs/mediation-service.log"),
            "    failing on purpose",
            "stopped kafka",
            "stopped mongo")
        .doesNotContain(LocalStack.READY_LINE);
    for (int port : List.of(kafka, mongo, hotline, stats)) {
      assertThat(PortCheck.isFree(port)).as("port %d is free again", port).isTrue();
    }
  }

  private List<String> args() {
    return List.of(
        "--project-dir=" + project,
        "--kafka-port=" + kafka,
        "--kafka-controller-port=" + controller,
        "--mongo-port=" + mongo,
        "--hotline-port=" + hotline,
        "--mediation-port=" + mediation,
        "--stats-port=" + stats);
  }

  private List<String> arguments(String service) throws Exception {
    return Files.readAllLines(FakeServiceJars.target(project, service).resolve("args.txt"));
  }

  private List<String> stopOrder() {
    List<String> stopped = new ArrayList<>();
    for (String line : launcher.output().split("\n")) {
      if (line.trim().startsWith("stopped ")) {
        stopped.add(line.trim());
      }
    }
    return stopped;
  }
}
