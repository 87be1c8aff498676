package io.civicline.systemtests;

import io.civicline.localstack.JavaCommand;
import io.civicline.localstack.LauncherProcess;
import io.civicline.perf.StackPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * hotline-service started alone beside a running stack (its broker, a database of its own) with a
 * configuration that must not start outside the dev profile: did it refuse, and what did it say.
 */
final class RefusedStart {

  /** How the start ended: {@code refused} when the service exited before it was ready. */
  record Outcome(boolean refused, String output) {}

  private RefusedStart() {}

  static Outcome hotline(LaunchedStack stack, List<String> properties) throws Exception {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + StackPorts.freePort());
    args.add("--server.address=127.0.0.1");
    args.add("--spring.kafka.bootstrap-servers=127.0.0.1:" + stack.kafka);
    args.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + stack.mongo + "/refused-start");
    properties.forEach(property -> args.add("--" + property));
    Path jar = LaunchedStack.PROJECT.resolve("hotline-service/target/hotline-service.jar");
    LauncherProcess service = LauncherProcess.start(JavaCommand.ofJar(jar, args));
    try {
      service.awaitLine("Started ", Duration.ofSeconds(240));
      return new Outcome(false, service.output());
    } catch (IllegalStateException exited) {
      return new Outcome(!service.process().isAlive(), service.output());
    } finally {
      if (service.process().isAlive()) {
        service.sigterm();
        service.awaitExit(Duration.ofSeconds(60));
      }
    }
  }
}
