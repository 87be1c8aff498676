package io.civicline.mediation;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.RealPortBadInputContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/** The case API's bad input through the real door. */
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
class RealPortBadInputTests extends RealPortBadInputContract {

  RealPortBadInputTests() {
    super("mediation", "/api/cases", List.of("mediator", "mediator2", "agent", "manager", "admin"));
  }
}
