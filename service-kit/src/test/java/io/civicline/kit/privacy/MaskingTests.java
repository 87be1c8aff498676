package io.civicline.kit.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

  @Test
  void aNameKeepsItsFirstCharacterOnly() {
    assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
    assertThat(Masking.name("李")).isEqualTo("李*");
    assertThat(Masking.name("")).isEmpty();
    assertThat(Masking.name(null)).isNull();
  }

  @Test
  void aNumberKeepsItsFirstThreeAndLastFourCharacters() {
    assertThat(Masking.number("13800001234")).isEqualTo("138****1234");
    assertThat(Masking.number("23010219900101123X")).isEqualTo("230***********123X");
    assertThat(Masking.number("123456")).isEqualTo("******");
    assertThat(Masking.number(null)).isNull();
  }
}
