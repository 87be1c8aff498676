package io.civicline.mediation.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.ApiCalls;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.CursorPagingContract;
import io.civicline.mediation.domain.CaseRegistration;
import io.civicline.mediation.domain.CaseRules;
import io.civicline.mediation.domain.Party;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.RegisterCase;
import io.civicline.mediation.store.CaseStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case lists page by cursor ({@link CursorPagingContract}) and find by the words of the
 * summary, on the embedded MongoDB-wire server. Each test keeps to its own district.
 */
@CaseServiceTest(database = "mediation")
@AutoConfigureMockMvc
@TestPropertySource(
    locations = {
      "classpath:civicline-test-users.properties",
      "classpath:mediation-test-users.properties"
    },
    properties = "civicline.mediation.watch-interval=1h")
class CaseListTests implements CursorPagingContract {

  static final Instant MAY_1 = Instant.parse("2026-05-01T01:00:00Z");
  static final AtomicInteger NUMBERS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired CaseStore store;
  @Autowired CaseRules rules;

  @Test
  void theWordSearchFindsAChinesePhraseOfTheSummaryAndNotAnAbsentOne() throws Exception {
    String water = stored("JINLIN", "楼上卫生间漏水，楼下天花板发霉", MAY_1);
    String wall = stored("JINLIN", "两户因院墙边界争执（约2米）", MAY_1);

    assertThat(ids("district=JINLIN&q=天花板发霉")).containsExactly(water);
    assertThat(ids("district=JINLIN&q=院墙 2米")).containsExactly(wall);
    assertThat(ids("district=JINLIN&q=天花板漏电")).isEmpty();
    assertThat(ids("district=JINLIN&q=墙")).as("one character finds nothing").isEmpty();
  }

  @Test
  void aCursorNotMadeByTheListIsA400PageInTheConsole() throws Exception {
    assertThat(answer("/console/cases?after=garbage").getStatus()).isEqualTo(400);
  }

  @Override
  public Lists lists() {
    return new Lists(new ApiCalls(mvc, "/api/cases"), "mediator", "/console/cases");
  }

  @Override
  public String stored(String district, Instant at) {
    return stored(district, "邻里纠纷", at);
  }

  private String stored(String district, String summary, Instant at) {
    RegisterCase command =
        new RegisterCase(
            "NEIGHBOURHOOD",
            district,
            null,
            "WALK_IN",
            List.of(new Party(PartyRole.APPLICANT, "王五", "13900000009", null)),
            summary,
            null,
            "mediator");
    String id = new ObjectId().toHexString();
    store.insert(
        CaseRegistration.register(
            id, "MED-20260501-9%05d".formatted(NUMBERS.incrementAndGet()), command, rules, at));
    return id;
  }
}
