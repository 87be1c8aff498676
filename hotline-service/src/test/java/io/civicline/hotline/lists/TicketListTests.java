package io.civicline.hotline.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.civicline.hotline.domain.SlaPolicy;
import io.civicline.hotline.store.TicketStore;
import io.civicline.hotline.store.TicketStoreUpgrade;
import io.civicline.kit.testing.InProcessMongo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ticket lists page by cursor ({@code after} the answer's {@code next}) and find by the words
 * of the description, on the embedded MongoDB-wire server. Each test keeps to its own district.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@DirtiesContext
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.hotline.sla.watch-interval=1h")
class TicketListTests {

  static final InProcessMongo MONGO = new InProcessMongo();

  @Autowired MockMvc mvc;
  @Autowired TicketStore store;
  @Autowired TicketStoreUpgrade upgrade;
  @Autowired MongoTemplate mongo;
  @Autowired SlaPolicy sla;

  @DynamicPropertySource
  static void mongo(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> MONGO.uri("hotline"));
  }

  @AfterAll
  static void stopMongo() {
    MONGO.stop();
  }

  @Test
  void pagesByCursorShowEachTicketOnceNewestFirstWithTiesAndInsertsBetweenPages() throws Exception {
    List<Stored> tickets = new ArrayList<>();
    // Eleven tickets, received three or two at the same millisecond.
    for (int i = 0; i < 11; i++) {
      tickets.add(stored("NANCHA", PastTicket.at("2026-05-0%dT09:00".formatted(1 + i / 3))));
    }
    List<String> expected =
        tickets.stream()
            .sorted(Comparator.comparing(Stored::at).thenComparing(Stored::id).reversed())
            .map(Stored::id)
            .toList();

    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      JsonNode page = search("district=NANCHA&size=2" + (after == null ? "" : "&after=" + after));
      page.get("items").forEach(item -> seen.add(item.get("id").asString()));
      after = page.get("next").isNull() ? null : page.get("next").asString();
      assertThat(page.get("hasNext").asBoolean()).isEqualTo(after != null);
      // Received later than every page: a newest-first walk has passed its place.
      stored("NANCHA", PastTicket.at("2026-06-01T09:00").plusSeconds(pages++));
    } while (after != null);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(6);
  }

  @Test
  void theConsoleLinksTheNextPageByItsCursorAndTheFirstPage() throws Exception {
    String older = stored("TANGWANG", PastTicket.at("2026-05-01T09:00")).id();
    String newer = stored("TANGWANG", PastTicket.at("2026-05-02T09:00")).id();

    String first = console("/console/search?district=TANGWANG&size=1");
    assertThat(first).contains(newer).doesNotContain(older).doesNotContain("rel=\"first\"");
    Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
    assertThat(next.find()).isTrue();
    assertThat(next.group(1)).contains("after=").contains("district=TANGWANG");

    String second = console(next.group(1).replace("&amp;", "&"));
    assertThat(second).contains(older).doesNotContain(newer).contains("rel=\"first\"");
    assertThat(second).doesNotContain("rel=\"next\"");
  }

  @Test
  void aCursorNotMadeByTheListIsA400ProblemNamingAfter() throws Exception {
    for (String after : List.of("garbage", "MTIzNDU", "%25%25", "bm90fGEgY3Vyc29y")) {
      mvc.perform(get("/api/tickets?after=" + after).with(httpBasic("agent", "agent")))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value("after"));
    }
    stored("WUCUI", PastTicket.at("2026-05-01T09:00"));
    stored("WUCUI", PastTicket.at("2026-05-01T10:00"));
    String next = search("district=WUCUI&size=1").get("next").asString();
    mvc.perform(get("/api/tickets?page=1&after=" + next).with(httpBasic("agent", "agent")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    mvc.perform(get("/api/tickets/at-risk?after=garbage").with(httpBasic("agent", "agent")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("after"));
  }

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

  private record Stored(String id, Instant at) {}

  private Stored stored(String district, Instant at) {
    PastTicket ticket = PastTicket.received(sla, "PHONE", district, null, at);
    store.insert(ticket.change());
    return new Stored(ticket.id(), at);
  }

  private String received(String district, String description) throws Exception {
    String body =
        """
        {"channel":"PHONE","category":"COMPLAINT","topic":"HEATING","district":"%s",
         "caller":{"name":"李四","phone":"13900000000"},"description":"%s"}
        """
            .formatted(district, description);
    String created =
        mvc.perform(
                post("/api/tickets")
                    .with(httpBasic("agent", "agent"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JsonMapper.shared().readTree(created).get("id").asString();
  }

  private List<String> ids(String query) throws Exception {
    List<String> ids = new ArrayList<>();
    search(query + "&size=100").get("items").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  private JsonNode search(String query) throws Exception {
    String body =
        mvc.perform(get("/api/tickets?" + query).with(httpBasic("agent", "agent")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return JsonMapper.shared().readTree(body);
  }

  private String console(String path) throws Exception {
    return mvc.perform(get(path).with(httpBasic("agent", "agent")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }
}
