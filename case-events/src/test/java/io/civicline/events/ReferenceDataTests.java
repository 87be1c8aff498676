package io.civicline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataTests {

  @Test
  void theDefaultCityIsYichunWithItsTenCountyLevelUnits() {
    ReferenceData data = ReferenceData.defaults();

    assertThat(data.city().zone()).isEqualTo("Asia/Shanghai");
    assertThat(data.districts()).hasSize(10);
    assertThat(data.district("YIMEI")).get().extracting(ReferenceData.Code::zh).isEqualTo("伊美区");
    assertThat(data.district("NOWHERE")).isEmpty();
  }

  @Test
  void everyCodeIsAStableAsciiId() {
    ReferenceData data = ReferenceData.defaults();

    assertThat(data.districts()).allSatisfy(c -> assertThat(c.code()).matches("[A-Z][A-Z0-9_]*"));
    assertThat(data.channels()).allSatisfy(c -> assertThat(c.code()).matches("[A-Z][A-Z0-9_]*"));
    assertThat(data.ticketCategories())
        .allSatisfy(c -> assertThat(c.code()).matches("[A-Z][A-Z0-9_]*"));
    assertThat(data.ticketTopics())
        .allSatisfy(t -> assertThat(t.code()).matches("[A-Z][A-Z0-9_]*"));
    assertThat(data.departments()).allSatisfy(c -> assertThat(c.code()).matches("[A-Z][A-Z0-9_]*"));
  }

  @Test
  void everyTopicSuggestsAKnownDepartmentOrNone() {
    ReferenceData data = ReferenceData.defaults();

    assertThat(data.ticketTopics())
        .filteredOn(topic -> topic.department() != null)
        .allSatisfy(topic -> assertThat(data.department(topic.department())).isPresent());
    assertThat(data.ticketTopic("HEATING"))
        .get()
        .extracting(ReferenceData.Topic::department)
        .isEqualTo("HEATING_CO");
  }
}
