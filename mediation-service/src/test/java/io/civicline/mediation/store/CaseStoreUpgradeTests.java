package io.civicline.mediation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.kit.testing.InProcessMongo;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The upgrade of a database written when a ticket could have one case only: its unique index on the
 * referral's ticket id goes, so that a ticket referred again after mediation handed it back gets
 * its second case.
 */
@SpringBootTest
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
class CaseStoreUpgradeTests {

  static final InProcessMongo MONGO = new InProcessMongo();
  static final String TICKET = "65f1c0ffee00000000000001";

  @Autowired MongoTemplate mongo;
  @Autowired IntakeDesk intake;
  @Autowired CaseStoreUpgrade upgrade;

  @DynamicPropertySource
  static void mongo(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> MONGO.uri("mediation"));
  }

  @AfterAll
  static void stopMongo() {
    MONGO.stop();
  }

  @Test
  void theOldOneCasePerTicketIndexIsDroppedAndATicketReferredAgainGetsASecondCase() {
    mongo
        .indexOps(CaseDocument.class)
        .createIndex(
            new Index()
                .on(CaseDocument.TICKET_ID, Sort.Direction.ASC)
                .unique()
                .sparse()
                .named(CaseStoreUpgrade.ONE_CASE_PER_TICKET));
    assertThat(intake.registerReferral(referral("referral-1"))).isPresent();
    assertThatThrownBy(() -> intake.registerReferral(referral("referral-2")))
        .isInstanceOf(DuplicateKeyException.class);

    upgrade.afterPropertiesSet();

    assertThat(indexNames()).doesNotContain(CaseStoreUpgrade.ONE_CASE_PER_TICKET);
    MediationCase second = intake.registerReferral(referral("referral-2")).orElseThrow();
    assertThat(second.intake().referral().ticketId()).isEqualTo(TICKET);
    assertThat(intake.registerReferral(referral("referral-2"))).isEmpty();
    upgrade.afterPropertiesSet();
    assertThat(indexNames()).doesNotContain(CaseStoreUpgrade.ONE_CASE_PER_TICKET);
  }

  private List<String> indexNames() {
    return mongo.indexOps(CaseDocument.class).getIndexInfo().stream()
        .map(IndexInfo::getName)
        .toList();
  }

  private static RegisterCase referral(String referralId) {
    return new RegisterCase(
        "NEIGHBOURHOOD",
        "YIMEI",
        null,
        "HOTLINE",
        List.of(new Party(PartyRole.APPLICANT, "王五", "13900000009", null)),
        "邻居装修噪音",
        new HotlineReferral(TICKET, "12345-20261127-000001", referralId, Instant.now()),
        MediationCase.HOTLINE_REFERRAL);
  }
}
