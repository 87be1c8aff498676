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
    assertThat(data.disputeTypes())
        .allSatisfy(c -> assertThat(c.code()).matches("[A-Z][A-Z0-9_]*"));
    assertThat(data.caseSources()).allSatisfy(c -> assertThat(c.code()).matches("[A-Z][A-Z0-9_]*"));
    assertThat(data.mediatingBodies())
        .allSatisfy(c -> assertThat(c.code()).matches("[A-Z][A-Z0-9_]*"));
    assertThat(data.mediators()).allSatisfy(c -> assertThat(c.code()).matches("[A-Z][A-Z0-9_]*"));
  }

  @Test
  void disputesAreClassifiedInTheFourteenTypesOfTheOfficialMediationTables() {
    ReferenceData data = ReferenceData.defaults();

    assertThat(data.disputeTypes())
        .extracting(ReferenceData.DisputeType::code)
        .containsExactly(
            "MARRIAGE_FAMILY",
            "NEIGHBOURHOOD",
            "HOUSING_HOMESTEAD",
            "DAMAGES",
            "CONTRACT",
            "LAND_FOREST_CONTRACTING",
            "LAND_REQUISITION_DEMOLITION",
            "LABOUR",
            "VILLAGE_AFFAIRS",
            "ENVIRONMENT",
            "TRAFFIC_ACCIDENT",
            "MEDICAL",
            "PROPERTY_MANAGEMENT",
            "OTHER");
    assertThat(data.caseSources())
        .extracting(ReferenceData.Code::code)
        .containsExactly(
            "WALK_IN", "HOTLINE", "POLICE_REFERRAL", "COURT_REFERRAL", "SCREENING_VISIT", "OTHER");
  }

  @Test
  void aReferralStartsAsTheDisputeTypeThatClaimsItsTicketTopic() {
    ReferenceData data = ReferenceData.defaults();

    assertThat(data.disputeTypeOfTicketTopic("NEIGHBOUR_DISPUTE"))
        .get()
        .extracting(ReferenceData.DisputeType::code)
        .isEqualTo("NEIGHBOURHOOD");
    assertThat(data.disputeTypeOfTicketTopic("HEATING")).isEmpty();
    assertThat(data.disputeTypes())
        .flatExtracting(ReferenceData.DisputeType::ticketTopics)
        .allSatisfy(topic -> assertThat(data.ticketTopic(topic)).isPresent())
        .doesNotHaveDuplicates();
  }

  @Test
  void onlyTheFourOfficesAndOneCourtAreLinkageBodies() {
    ReferenceData data = ReferenceData.defaults();

    assertThat(data.mediatingBodies())
        .allSatisfy(
            body -> {
              assertThat(data.district(body.district())).as(body.code()).isPresent();
              assertThat(body.linkage())
                  .as(body.code())
                  .isEqualTo(body.kind() != ReferenceData.BodyKind.PEOPLES_MEDIATION_COMMITTEE);
            });
    assertThat(data.mediatingBodies())
        .extracting(ReferenceData.MediatingBody::kind)
        .contains(ReferenceData.BodyKind.values());
  }

  @Test
  void everyMediatorBelongsToAKnownBodyAndIsFoundByTheAccountTheySignInWith() {
    ReferenceData data = ReferenceData.defaults();

    assertThat(data.mediators())
        .allSatisfy(m -> assertThat(data.mediatingBody(m.body())).as(m.code()).isPresent());
    assertThat(data.mediatorOfAccount("mediator"))
        .get()
        .extracting(ReferenceData.Mediator::code)
        .isEqualTo("M_YIMEI_01");
    assertThat(data.mediatorOfAccount("agent")).isEmpty();
    assertThat(data.mediator("M_YIMEI_02").orElseThrow().body()).isEqualTo("YIMEI_JUDICIAL_OFFICE");
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

  @Test
  void everyDistrictHasStreetsWithUniqueCodesThatNameTheirDistrict() {
    ReferenceData data = ReferenceData.defaults();

    assertThat(data.districts()).allSatisfy(d -> assertThat(data.streetsOf(d.code())).isNotEmpty());
    assertThat(data.streets())
        .allSatisfy(
            s -> {
              assertThat(s.code()).matches("[A-Z][A-Z0-9_]*").startsWith(s.district() + "_");
              assertThat(data.district(s.district())).isPresent();
              assertThat(s.zh()).isNotBlank();
              assertThat(s.en()).isNotBlank();
            })
        .extracting(ReferenceData.Street::code)
        .doesNotHaveDuplicates();
    assertThat(data.street("YIMEI_XURI"))
        .get()
        .extracting(ReferenceData.Street::zh)
        .isEqualTo("旭日街道");
    assertThat(data.street("NOWHERE")).isEmpty();
  }
}
