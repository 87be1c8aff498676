package io.civicline.stats;

import io.civicline.kit.testing.RoleMatrix;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** Every stats handler, method and role against {@code role-matrix.txt}. */
@StatsServiceTest
@AutoConfigureMockMvc
// No configured users and no dev profile: the callers are tokens, and the rules are production's.
class RoleMatrixTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @Test
  void everyHandlerAnswersEveryRoleAsTheTableSays() throws Exception {
    RoleMatrix matrix =
        RoleMatrix.of(
            mvc, Map.of(), key -> Map.of("year", "2026", "table", "hotline", "by", "district"));

    matrix.assertAnswersAsTheTableSays(context);
  }
}
