package io.civicline.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher does before it starts anything. */
class LocalStackTests {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final LocalStack launcher =
      new LocalStack(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  @TempDir Path project;

  @Test
  void aBusyPortStopsTheLauncherWithExitCode2AndOneClearLine() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      List<String> args = freePortArgs();
      args.add("--hotline-port=" + busy.getLocalPort());

      int exitCode = launcher.run(args.toArray(String[]::new), Map.of());

      assertThat(exitCode).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo(
              "Port "
                  + busy.getLocalPort()
                  + " for the hotline-service is already in use: stop what uses it or choose"
                  + " another port with --hotline-port=... (or CIVICLINE_HOTLINE_PORT)."
                  + System.lineSeparator());
    }
  }

  @Test
  void aMissingServiceJarTellsToBuildFirst() {
    int exitCode = launcher.run(freePortArgs().toArray(String[]::new), Map.of());

    assertThat(exitCode).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("hotline-service is not built (no " + project.resolve("hotline-service"))
        .contains("./mvnw -DskipTests install");
    assertThat(project.resolve("data")).doesNotExist();
  }

  @Test
  void aBadOptionStopsTheLauncherWithExitCode2() {
    assertThat(launcher.run(new String[] {"--mongo-backend=cloud"}, Map.of())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("must be file or memory");
  }

  @Test
  void helpPrintsTheOptionsAndStartsNothing() {
    assertThat(launcher.run(new String[] {"--help"}, Map.of())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--kafka-port=", "CIVICLINE_KAFKA_PORT", "--mongo-backend=");
  }

  private List<String> freePortArgs() {
    List<String> args = new ArrayList<>();
    args.add("--project-dir=" + project);
    for (Option port :
        List.of(
            Option.KAFKA_PORT,
            Option.KAFKA_CONTROLLER_PORT,
            Option.MONGO_PORT,
            Option.HOTLINE_PORT,
            Option.MEDIATION_PORT,
            Option.STATS_PORT)) {
      args.add("--" + port.flag() + "=" + FreePorts.next());
    }
    return args;
  }
}
