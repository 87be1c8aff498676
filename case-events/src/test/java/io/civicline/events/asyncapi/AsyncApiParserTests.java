package io.civicline.events.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents pass the AsyncAPI initiative's own parser ({@code @asyncapi/parser}, installed by
 * {@code npm ci} in {@code src/test/asyncapi}; {@code .ci/run} does that and sets {@code
 * CIVICLINE_REQUIRE_ASYNCAPI_PARSER}, so CI never skips it).
 */
class AsyncApiParserTests {

  private static final Path CHECK = Path.of("src/test/asyncapi");

  @TempDir Path dir;

  @Test
  void everyServiceDocumentPassesTheAsyncApiParser() throws Exception {
    assumeParserInstalled();
    List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
    for (EventApplication application : applications()) {
      Path file = dir.resolve(application.title() + ".json");
      Files.writeString(file, AsyncApiDocument.of(application).toPrettyString());
      command.add(file.toString());
    }
    Process node =
        new ProcessBuilder(command).directory(CHECK.toFile()).redirectErrorStream(true).start();
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("the parser finished").isTrue();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output)
        .as("no diagnostic but the advice to use AsyncAPI 3.1")
        .doesNotContain("warning");
  }

  @Test
  void theParserFindsAnErrorInABrokenDocument() throws Exception {
    assumeParserInstalled();
    Path file = dir.resolve("broken.json");
    var document = AsyncApiDocument.of(applications().get(0));
    ((tools.jackson.databind.node.ObjectNode) document.at("/operations/sendTicketEvents"))
        .put("action", "publish");
    Files.writeString(file, document.toPrettyString());
    Process node =
        new ProcessBuilder("node", "validate.mjs", file.toString())
            .directory(CHECK.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.exitValue()).as(output).isEqualTo(1);
    assertThat(output).contains("action");
  }

  private static List<EventApplication> applications() {
    return List.of(
        new EventApplication(
            "hotline-service",
            "tickets",
            Set.of(EventTopic.TICKET_EVENTS, EventTopic.REFERRALS),
            Set.of(EventTopic.CASE_EVENTS)),
        new EventApplication(
            "mediation-service",
            "cases",
            Set.of(EventTopic.CASE_EVENTS),
            Set.of(EventTopic.REFERRALS)),
        new EventApplication(
            "stats-service",
            "figures",
            Set.of(),
            Set.of(EventTopic.TICKET_EVENTS, EventTopic.CASE_EVENTS)));
  }

  private static void assumeParserInstalled() throws IOException {
    boolean installed = Files.isDirectory(CHECK.resolve("node_modules/@asyncapi/parser"));
    if (System.getenv("CIVICLINE_REQUIRE_ASYNCAPI_PARSER") != null) {
      assertThat(installed).as("npm ci in " + CHECK + " (see .ci/run)").isTrue();
    }
    Assumptions.assumeTrue(installed, "no @asyncapi/parser: run npm ci in " + CHECK);
  }
}
