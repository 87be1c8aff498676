package io.civicline.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.OpenApiFuzz;
import io.civicline.kit.testing.OpenApiFuzz.Report;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The OpenAPI fuzz on the baseline alone: what every service starts from keeps the promise. */
@SpringBootTest(
    classes = SecuredTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class OpenApiFuzzTests {

  static final long SEED = Long.getLong("fuzz.seed", 20261207L);

  @LocalServerPort int port;

  @Test
  void noMutatedRequestToTheBaselineGetsA5xxOrAnswersWithoutAProblem() throws Exception {
    Report report = new OpenApiFuzz(port, List.of("agent", "manager")).run(SEED, 1_000);
    System.out.printf(
        "OpenAPI fuzz (kit): seed %d, %d requests in %s%n", SEED, report.sent(), report.took());
    assertThat(report.failures()).isEmpty();
  }
}
