package io.civicline.hotline;

import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.RealPortBadInputContract;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.TestPropertySource;

/** The ticket API's bad input through the real door. */
@CaseServiceTest(database = "hotline", partitions = 3, webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.hotline.sla.watch-interval=1h")
class RealPortBadInputTests extends RealPortBadInputContract {

  RealPortBadInputTests() {
    super("hotline", "/api/tickets", List.of("agent", "water", "heating", "manager", "admin"));
  }
}
