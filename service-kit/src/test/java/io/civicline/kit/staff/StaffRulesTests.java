package io.civicline.kit.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.events.ReferenceData;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each role gets exactly the scope it works in, a known code; anything else is refused. */
class StaffRulesTests {

  final StaffRules rules = new StaffRules(ReferenceData.defaults());

  @Test
  void eachRoleWithItsScopeIsAccepted() {
    for (StaffDetails details :
        List.of(
            details("AGENT", null, null, null, null),
            details("DEPARTMENT", "HEATING_CO", null, null, null),
            details("MEDIATOR", null, "M_YIMEI_03", null, null),
            details("MEDIATION_LEAD", null, null, "YIMEI_PMC", null),
            details("MEDIATION_LEAD", null, null, null, "WUCUI"),
            details("MANAGER", null, null, null, null),
            details("ADMIN", null, null, null, null))) {
      assertThatCode(() -> rules.check(details)).as(details.toString()).doesNotThrowAnyException();
    }
  }

  @Test
  void aRoleWithoutTheScopeItNeedsIsRefused() {
    assertThat(refused(details("DEPARTMENT", null, null, null, null)))
        .containsExactly("department");
    assertThat(refused(details("MEDIATOR", null, null, null, null))).containsExactly("mediator");
    assertThat(refused(details("MEDIATION_LEAD", null, null, null, null))).containsExactly("body");
  }

  @Test
  void anUnknownScopeCodeIsRefused() {
    assertThat(refused(details("DEPARTMENT", "NO_SUCH_CO", null, null, null)))
        .containsExactly("department");
    assertThat(refused(details("MEDIATOR", null, "M_NOBODY", null, null)))
        .containsExactly("mediator");
    assertThat(refused(details("MEDIATION_LEAD", null, null, null, "ATLANTIS")))
        .containsExactly("district");
  }

  @Test
  void aScopeTheRoleDoesNotUseIsRefused() {
    assertThat(refused(details("AGENT", "HEATING_CO", null, null, null)))
        .containsExactly("department");
    assertThat(refused(details("DEPARTMENT", "HEATING_CO", "M_YIMEI_01", null, null)))
        .containsExactly("mediator");
    assertThat(refused(details("MEDIATION_LEAD", null, null, "YIMEI_PMC", "YIMEI")))
        .containsExactly("body");
  }

  @Test
  void anUnknownRoleIsRefused() {
    assertThat(refused(details("ROOT", null, null, null, null))).containsExactly("role");
    assertThat(refused(details(null, null, null, null, null))).containsExactly("role");
  }

  @Test
  void userNamesAreLowerCaseAsciiStartingWithALetter() {
    assertThatCode(() -> rules.checkUserName("zhang.san-2")).doesNotThrowAnyException();
    for (String bad : new String[] {"Zhang", "2fast", "a", "张三", "a b", "x".repeat(33), null}) {
      assertThatThrownBy(() -> rules.checkUserName(bad))
          .as(String.valueOf(bad))
          .isInstanceOf(InvalidRequestException.class);
    }
  }

  private List<String> refused(StaffDetails details) {
    try {
      rules.check(details);
    } catch (InvalidRequestException e) {
      return e.fields().stream().map(FieldProblem::field).toList();
    }
    return List.of();
  }

  static StaffDetails details(
      String role, String department, String mediator, String body, String district) {
    return new StaffDetails("张三", role, department, mediator, body, district);
  }
}
