package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.kit.testing.RoleMatrixTable.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the role matrix reads its table and fills a handler's path. */
class RoleMatrixTableTests {

  @Test
  void aRowGivesOneOutcomePerCallerAndAWrongCountOrSymbolIsRefused() {
    RoleMatrixTable table =
        RoleMatrixTable.parse("t", "# who\ncallers anonymous AGENT\nGET /api/x  401 ok\n");

    assertThat(table.rows().get("GET /api/x").outcomes())
        .containsExactly(Outcome.SIGN_IN, Outcome.OK);
    assertThatThrownBy(() -> RoleMatrixTable.parse("t", "callers a b\nGET /x 401\n"))
        .hasMessageContaining("2 outcomes expected");
    assertThatThrownBy(() -> RoleMatrixTable.parse("t", "callers a\nGET /x 200\n"))
        .hasMessageContaining("unknown outcome");
    assertThatThrownBy(() -> RoleMatrixTable.parse("t", "callers a\nGET /x ok\nGET /x ok\n"))
        .hasMessageContaining("two rows for GET /x");
  }

  @Test
  void eitherAllowsAnAnswerOrARefusalButNotASignInPage() {
    assertThat(List.of(Outcome.OK, Outcome.FORBIDDEN)).allMatch(Outcome.OK_OR_FORBIDDEN::allows);
    assertThat(Outcome.OK_OR_FORBIDDEN.allows(Outcome.SIGN_IN)).isFalse();
    assertThat(Outcome.FORBIDDEN.allows(Outcome.OK)).isFalse();
  }

  @Test
  void pathVariablesAndParamsConditionsAreFilledWithPlausibleValues() {
    assertThat(
            RoleMatrix.target("/api/tickets/{id}/{action}", Map.of("id", "t1", "action", "sign")))
        .isEqualTo("/api/tickets/t1/sign");
    assertThat(
            RoleMatrix.target("/api/stats/{family:hotline|mediation}?by", Map.of("by", "district")))
        .isEqualTo("/api/stats/hotline?by=district");
    assertThat(RoleMatrix.target("/api/stats/{family:hotline|mediation}?!by", Map.of()))
        .isEqualTo("/api/stats/hotline");
  }
}
