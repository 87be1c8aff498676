package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.OpenApiFuzz.Report;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input to a case service through the real door (Tomcat decodes it as it decodes a client's,
 * which MockMvc skips): a NUL or a bad encoding in a search is a 400 problem before the store sees
 * it, regex characters are searched for literally, and the fuzz driven by the API document finds no
 * 5xx. A service's test extends it with its {@link CaseServiceTest} on a random port.
 */
public abstract class RealPortBadInputContract {

  static final long SEED = Long.getLong("fuzz.seed", 12345L);
  static final int REQUESTS = Integer.getInteger("fuzz.requests", 4_000);

  private final String service;
  private final String collection;
  private final List<String> callers;

  @LocalServerPort private int port;

  /**
   * {@code collection} is the searched API path; {@code callers} the users the fuzz calls as, the
   * first of them the one who searches.
   */
  protected RealPortBadInputContract(String service, String collection, List<String> callers) {
    this.service = service;
    this.collection = collection;
    this.callers = List.copyOf(callers);
  }

  @Test
  void aSearchWithANulOrABadEncodingIsA400ProblemBeforeTheStore() throws Exception {
    DoorChecks.searchRefusesBadBytes(port, callers.get(0), collection);
  }

  @Test
  void regexAndOperatorCharactersInASearchAreSearchedForLiterally() throws Exception {
    DoorChecks.searchTakesOperatorsLiterally(port, callers.get(0), collection);
  }

  @Test
  void noRequestTheApiDocumentDescribesGetsA5xxWhateverIsWrongInIt() throws Exception {
    Report report = new OpenApiFuzz(port, callers).run(SEED, REQUESTS);
    System.out.printf(
        "OpenAPI fuzz (%s): seed %d, %d requests in %s%n",
        service, report.seed(), report.sent(), report.took());
    assertThat(report.failures()).isEmpty();
  }
}
