package io.civicline.mediation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.civicline.kit.lists.ListPage;
import io.civicline.kit.lists.SearchWords;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.domain.HotlineReferral;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The upgrade of a database written by an earlier version: when a ticket could have one case only,
 * its unique index on the referral's ticket id goes, so that a ticket referred again after
 * mediation handed it back gets its second case; before the word search, its cases get their words.
 */
@CaseServiceTest(database = "mediation")
class CaseStoreUpgradeTests {

  static final String TICKET = "65f1c0ffee00000000000001";

  @Autowired MongoTemplate mongo;
  @Autowired IntakeDesk intake;
  @Autowired CaseStoreUpgrade upgrade;
  @Autowired CaseListing listing;

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

  @Test
  void theFormerVersionedFilterAndDeadlineIndexesAreDroppedAndTheCurrentOnesStay() {
    mongo
        .indexOps(CaseDocument.class)
        .createIndex(new Index().on(CaseDocument.STATUS, Sort.Direction.ASC).named("deadline"));
    mongo
        .indexOps(CaseDocument.class)
        .createIndex(
            new Index()
                .on("_id", Sort.Direction.ASC)
                .on(CaseDocument.VERSION, Sort.Direction.ASC)
                .unique()
                .named("id_version"));

    // The overdue watcher's index before the work queues' one served it too.
    mongo
        .indexOps(CaseDocument.class)
        .createIndex(
            new Index()
                .on(CaseDocument.STATUS, Sort.Direction.ASC)
                .on(CaseDocument.OVERDUE, Sort.Direction.ASC)
                .on(CaseDocument.DEADLINE, Sort.Direction.ASC)
                .named("running_deadline"));

    upgrade.afterPropertiesSet();

    assertThat(indexNames())
        .doesNotContain("deadline", "id_version", "running_deadline")
        .contains("status_overdue_deadline", "mediator_queue", "number");
  }

  @Test
  void aCaseStoredBeforeTheWordSearchIsFoundOnceTheUpgradeGaveItWords() {
    MediationCase old =
        intake
            .registerReferral(referral("65f1c0ffee00000000000002", "referral-words"))
            .orElseThrow();
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(old.id())),
        new Update().unset(SearchWords.FIELD),
        CaseDocument.class);
    // A list index of the earlier version, which this one replaced.
    mongo
        .indexOps(CaseDocument.class)
        .createIndex(new Index().on(CaseDocument.STATUS, Sort.Direction.ASC).named("status"));
    assertThat(foundBy("装修噪音")).isEmpty();

    upgrade.afterPropertiesSet();

    assertThat(foundBy("装修噪音")).containsExactly(old.id());
    assertThat(foundBy("20261127")).containsExactly(old.id());
    assertThat(indexNames()).doesNotContain("status").contains("words_registered");
    assertThat(upgrade.fillWords()).isZero();
  }

  private List<String> foundBy(String words) {
    CaseQuery query =
        new CaseQuery(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            words,
            ListPage.first(10),
            null);
    return listing.search(query, null).items().stream().map(MediationCase::id).toList();
  }

  private List<String> indexNames() {
    return mongo.indexOps(CaseDocument.class).getIndexInfo().stream()
        .map(IndexInfo::getName)
        .toList();
  }

  private static RegisterCase referral(String referralId) {
    return referral(TICKET, referralId);
  }

  private static RegisterCase referral(String ticketId, String referralId) {
    return new RegisterCase(
        "NEIGHBOURHOOD",
        "YIMEI",
        null,
        "HOTLINE",
        List.of(new Party(PartyRole.APPLICANT, "王五", "13900000009", null)),
        "邻居装修噪音",
        new HotlineReferral(ticketId, "12345-20261127-000001", referralId, Instant.now()),
        MediationCase.HOTLINE_REFERRAL);
  }
}
