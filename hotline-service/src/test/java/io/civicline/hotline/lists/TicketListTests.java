package io.civicline.hotline.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.store.TicketStore;
import io.civicline.hotline.store.TicketStoreUpgrade;
import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.CursorPagingContract;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ticket lists page by cursor ({@link CursorPagingContract}) and find by the words of the
 * description, on the embedded MongoDB-wire server. Each test keeps to its own district.
 */
@CaseServiceTest(database = "hotline")
@AutoConfigureMockMvc
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.hotline.sla.watch-interval=1h")
class TicketListTests implements CursorPagingContract {

  @Autowired MockMvc mvc;
  @Autowired TicketStore store;
  @Autowired TicketStoreUpgrade upgrade;
  @Autowired MongoTemplate mongo;
  @Autowired SlaPolicy sla;

  @Test
  void theWordSearchFindsAChinesePhraseOfTheDescriptionAndNotAnAbsentOne() throws Exception {
    String lamp = received("JINLIN", "小区路灯不亮已经三天了，晚上WiFi也断");
    String noise = received("JINLIN", "楼下烧烤店噪音扰民");

    assertThat(ids("district=JINLIN&q=路灯不亮")).containsExactly(lamp);
    assertThat(ids("district=JINLIN&q=wifi 三天")).containsExactly(lamp);
    assertThat(ids("district=JINLIN&q=噪音")).containsExactly(noise);
    assertThat(ids("district=JINLIN&q=路灯很亮")).isEmpty();
    assertThat(ids("district=JINLIN&q=路灯噪音")).isEmpty();
    assertThat(ids("district=JINLIN&q=灯")).as("one character finds nothing").isEmpty();
  }

  @Test
  void aTicketStoredBeforeTheWordSearchIsFoundOnceTheUpgradeGaveItWords() throws Exception {
    String old = received("DAQINGSHAN", "供暖管道漏水");
    mongo.updateFirst(
        Query.query(Criteria.where("_id").is(old)), new Update().unset("words"), "tickets");
    // A list index of the earlier version, which this one replaced.
    mongo
        .indexOps("tickets")
        .createIndex(new Index("ticket.status", Sort.Direction.ASC).named("status"));
    assertThat(ids("district=DAQINGSHAN&q=管道漏水")).isEmpty();

    assertThat(upgrade.fillWords()).isEqualTo(1);
    upgrade.afterPropertiesSet();

    assertThat(ids("district=DAQINGSHAN&q=管道漏水")).containsExactly(old);
    Document stored =
        mongo.findOne(Query.query(Criteria.where("_id").is(old)), Document.class, "tickets");
    assertThat(stored.getList("words", String.class)).contains("管道", "漏水");
    assertThat(mongo.indexOps("tickets").getIndexInfo())
        .extracting(IndexInfo::getName)
        .doesNotContain("status")
        .contains("status_received", "words_received");
  }

  @Test
  void aCursorNotMadeByTheAtRiskListIsA400ProblemNamingAfter() throws Exception {
    mvc.perform(get("/api/tickets/at-risk?after=garbage").with(httpBasic("agent", "agent")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("after"));
  }

  @Override
  public Lists lists() {
    return new Lists(new ApiCalls(mvc, "/api/tickets"), "agent", "/console/search");
  }

  @Override
  public String stored(String district, Instant at) {
    PastTicket ticket = PastTicket.received(sla, "PHONE", district, null, at);
    store.insert(ticket.change());
    return ticket.id();
  }

  private String received(String district, String description) throws Exception {
    return lists()
        .calls()
        .created(
            "agent",
            """
            {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"%s",
             "caller":{"name":"李四","phone":"13900000000"},"description":"%s"}
            """
                .formatted(district, description));
  }
}
