package io.civicline.kit.staff;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.kit.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

class PasswordRuleTests {

  @Test
  void aLongMixedPasswordPasses() {
    assertThatCode(() -> PasswordRule.check("password", "zhang", "spring-2026"))
        .doesNotThrowAnyException();
    assertThatCode(() -> PasswordRule.check("password", "zhang", "春天来了spring1"))
        .doesNotThrowAnyException();
  }

  @Test
  void shortOneKindUserNameControlAndOverlongPasswordsAreRefused() {
    for (String bad :
        new String[] {
          "short-1",
          "onlyletterslong",
          "12345678901",
          "Zhang.San-1",
          "tab\tinside-1",
          "a1".repeat(37),
          null
        }) {
      assertThatThrownBy(() -> PasswordRule.check("password", "zhang.san-1", bad))
          .as(String.valueOf(bad))
          .isInstanceOf(InvalidRequestException.class);
    }
  }
}
