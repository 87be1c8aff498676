package io.civicline.hotline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerTests {

  @Test
  void maskingKeepsTheSurnameAndThePhonesEnds() {
    Caller masked = new Caller("欧阳娜娜", "13800001234", false).masked();

    assertThat(masked.name()).isEqualTo("欧***");
    assertThat(masked.phone()).isEqualTo("138****1234");
  }

  @Test
  void aCallerNeverPrintsItsPersonalData() {
    assertThat(new Caller("张三", "13800001234", false).toString()).doesNotContain("张三", "1380000");
  }
}
