package io.civicline.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.DoorChecks;
import io.civicline.kit.testing.OpenApiFuzz;
import io.civicline.kit.testing.OpenApiFuzz.Report;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Bad input through the real door (Tomcat decodes it as it decodes a client's, which MockMvc
 * skips): a NUL or a bad encoding in a search is a 400 problem before the store sees it, regex
 * characters are searched for literally, and the fuzz driven by the API document finds no 5xx.
 */
@CaseServiceTest(
    database = "mediation",
    partitions = 3,
    webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    },
    properties = "civicline.mediation.watch-interval=1h")
class RealPortBadInputTests {

  static final long SEED = Long.getLong("fuzz.seed", 12345L);
  static final int REQUESTS = Integer.getInteger("fuzz.requests", 4_000);

  @LocalServerPort int port;

  @Test
  void aSearchWithANulOrABadEncodingIsA400ProblemBeforeTheStore() throws Exception {
    DoorChecks.searchRefusesBadBytes(port, "mediator", "/api/cases");
  }

  @Test
  void regexAndOperatorCharactersInASearchAreSearchedForLiterally() throws Exception {
    DoorChecks.searchTakesOperatorsLiterally(port, "mediator", "/api/cases");
  }

  @Test
  void noRequestTheApiDocumentDescribesGetsA5xxWhateverIsWrongInIt() throws Exception {
    Report report =
        new OpenApiFuzz(port, List.of("mediator", "mediator2", "agent", "manager", "admin"))
            .run(SEED, REQUESTS);
    System.out.printf(
        "OpenAPI fuzz (mediation): seed %d, %d requests in %s%n",
        report.seed(), report.sent(), report.took());
    assertThat(report.failures()).isEmpty();
  }
}
