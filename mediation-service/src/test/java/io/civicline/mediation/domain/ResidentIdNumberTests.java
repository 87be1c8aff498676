package io.civicline.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTests {

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "230702198503121235", "230702200002294568"})
  void numbersWithTheirCheckCharacterAndABirthDateAreValid(String number) {
    assertThat(ResidentIdNumber.isValid(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "230702198503121234", // wrong check character
        "230702198002301238", // 30 February, check character right
        "110105194912310021", // X expected
        "11010519491231002x", // lower-case x
        "23070219850312123", // 17 characters
        "2307021985031212355",
        "030702198503121235", // no area code starts with 0
        "230702188503121236", // born 1885, check character right
        ""
      })
  void anythingElseIsNot(String number) {
    assertThat(ResidentIdNumber.isValid(number)).isFalse();
  }

  @Test
  void aPartyRefusesAnInvalidIdNumberAndNeverPrintsItsPersonalData() {
    Party party = new Party(PartyRole.APPLICANT, "张三", "13800000000", "230702198503121235");

    assertThat(party.toString()).doesNotContain("张三", "1380000", "2307021985");
    assertThatThrownBy(() -> new Party(PartyRole.APPLICANT, "张三", null, "230702198503121234"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
