package io.civicline.hotline.citizen;

import static io.civicline.hotline.citizen.CitizenCalls.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.civicline.kit.files.SamplePhotos;
import io.civicline.kit.testing.ApiCalls;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad input to the citizen page, as a careless citizen or an attacker sends it: missing and unknown
 * fields, a street of another district, a wrong, forged or replayed answer, text too long or on
 * many lines, injection attempts in every field, too many requests from one address, a body over
 * the bound. Each is a form shown again with its message, a 429 or a problem, never a 5xx, and a
 * refused request stores nothing.
 */
@CitizenServiceTest
class CitizenBadInputTests {

  static final List<String> NASTY =
      List.of(
          "<script>alert(1)</script>",
          "{\"$gt\":\"\"}",
          "' OR 1=1 --",
          "line\r\nSet-Cookie: x=1",
          "\u0000\u0001",
          "\uD800",
          "../../../../etc/passwd",
          "９９９",
          "1e999",
          "NaN",
          "");

  static final List<String> FIELDS =
      List.of(
          "topic",
          "district",
          "street",
          "address",
          "latitude",
          "longitude",
          "description",
          "name",
          "phone",
          "answer",
          "token");

  @Autowired MockMvc mvc;

  @Test
  void eachMissingUnknownOrMisplacedFieldComesBackNamedWithTheFormAsTyped() throws Exception {
    Object[][] cases = {
      {"topic", "", "err-topic"},
      {"topic", "NO_SUCH_TOPIC", "err-topic"},
      {"district", "", "err-district"},
      {"district", "ATLANTIS", "err-district"},
      {"street", "TIELI_TIELI", "err-street"},
      {"street", "NO_SUCH_STREET", "err-street"},
      {"description", "  ", "err-description"},
      {"description", "长".repeat(4_001), "err-description"},
      {"name", "名".repeat(51), "err-name"},
      {"name", "王\r\n小明", "err-name"},
      {"address", "路".repeat(201), "err-address"},
      {"address", "旭日小区\n3号楼", "err-address"},
      {"phone", "12345", "err-phone"},
      {"latitude", "91", "err-coordinates"},
      {"latitude", "abc", "err-coordinates"},
    };
    String marker = "refused" + System.nanoTime();
    int address = 0;
    for (Object[] bad : cases) {
      Map<String, String> fields = CitizenCalls.good();
      fields.put("description", marker + " 暖气不热");
      fields.put((String) bad[0], (String) bad[1]);
      MockHttpServletResponse answer = citizen("10.2.0." + address++).submit(fields);
      String html = body(answer);
      String what = bad[0] + "=" + bad[1];
      assertThat(answer.getStatus()).as(what).isEqualTo(400);
      assertThat(html).as(what).contains("id=\"" + bad[2] + "\"");
      if (!bad[0].equals("description")) {
        assertThat(html).as("the form as typed").contains(marker + " 暖气不热");
      }
    }
    Map<String, String> nowhere = CitizenCalls.good();
    nowhere.put("description", marker);
    nowhere.remove("street");
    nowhere.remove("address");
    nowhere.remove("latitude");
    nowhere.remove("longitude");
    assertThat(body(citizen("10.2.1.1").submit(nowhere))).contains("id=\"err-address\"");
    assertThat(storedWith(marker)).isZero();
  }

  @Test
  void aFakeImageADocumentOrAFourthPhotoIsRefusedAndNothingStored() throws Exception {
    String marker = "photos" + System.nanoTime();
    Map<String, String> fields = CitizenCalls.good();
    fields.put("description", marker);
    byte[] jpeg = SamplePhotos.jpeg();
    List<MockMultipartFile[]> bad =
        List.of(
            new MockMultipartFile[] {
              CitizenCalls.photo("photo.jpg", "<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8))
            },
            new MockMultipartFile[] {CitizenCalls.photo("scan.jpg", SamplePhotos.pdf())},
            new MockMultipartFile[] {CitizenCalls.photo("empty.jpg", new byte[0])},
            new MockMultipartFile[] {
              CitizenCalls.photo("1.jpg", jpeg),
              CitizenCalls.photo("2.jpg", jpeg),
              CitizenCalls.photo("3.jpg", jpeg),
              CitizenCalls.photo("4.jpg", jpeg)
            });
    int address = 0;
    for (MockMultipartFile[] photos : bad) {
      MockHttpServletResponse answer = citizen("10.2.3." + address++).submit(fields, photos);
      assertThat(answer.getStatus()).as(photos[0].getOriginalFilename()).isEqualTo(400);
      assertThat(body(answer)).contains("id=\"err-photos\"");
    }
    assertThat(storedWith(marker)).isZero();
  }

  @Test
  void aWrongForgedMissingOrReplayedAnswerIsRefused() throws Exception {
    CitizenCalls citizen = citizen("10.2.2.1");
    String marker = "challenged" + System.nanoTime();
    Map<String, String> fields = CitizenCalls.good();
    fields.put("description", marker);
    CitizenCalls.Question wrong = citizen.question();
    String notIt = String.valueOf(Integer.parseInt(wrong.answer()) + 1);
    assertRefusedAnswer(citizen.submit(fields, notIt, wrong.token()));

    CitizenCalls.Question forged = citizen.question();
    String[] parts = forged.token().split("\\.");
    String later = parts[0] + "." + (Long.parseLong(parts[1]) + 60) + "." + parts[2];
    assertRefusedAnswer(citizen("10.2.2.2").submit(fields, forged.answer(), later));
    assertRefusedAnswer(citizen("10.2.2.3").submit(fields, "7", null));
    assertRefusedAnswer(citizen("10.2.2.4").submit(fields, null, forged.token()));

    CitizenCalls.Question once = citizen("10.2.2.5").question();
    assertThat(citizen("10.2.2.5").submit(fields, once.answer(), once.token()).getStatus())
        .isEqualTo(201);
    assertRefusedAnswer(citizen("10.2.2.6").submit(fields, once.answer(), once.token()));
    assertThat(storedWith(marker)).isEqualTo(1);
  }

  @Test
  void noBadValueInAnyFieldGetsA5xxAndARefusedOneStoresNothing() throws Exception {
    String marker = "fuzz" + System.nanoTime();
    int created = 0;
    int address = 0;
    for (String field : FIELDS) {
      for (String nasty : NASTY) {
        Map<String, String> fields = CitizenCalls.good();
        fields.put("description", marker + " " + fields.get("description"));
        CitizenCalls citizen = citizen("10.3." + (address / 250) + "." + (address++ % 250));
        CitizenCalls.Question question = citizen.question();
        String answer = question.answer();
        String token = question.token();
        if (field.equals("answer")) {
          answer = nasty;
        } else if (field.equals("token")) {
          token = nasty;
        } else {
          fields.put(field, field.equals("description") ? marker + " " + nasty : nasty);
        }
        MockHttpServletResponse response = citizen.submit(fields, answer, token);
        String what = field + "=" + nasty.substring(0, Math.min(nasty.length(), 30));
        assertThat(response.getStatus()).as(what).isIn(201, 400);
        assertThat(body(response)).as(what).doesNotContain("<script>alert(1)</script>");
        created += response.getStatus() == 201 ? 1 : 0;
      }
    }
    // Free text takes any clean text, markup included (the pages escape it).
    assertThat(created).as("clean text accepted").isPositive();
    assertThat(created).as("the rest refused").isLessThan(FIELDS.size() * NASTY.size());
    assertThat(storedWith(marker)).isEqualTo(created);
  }

  @Test
  void noBadLookupOrRatingGetsA5xxOrFindsATicket() throws Exception {
    CitizenCalls citizen = citizen("10.4.0.1");
    String[] submitted = citizen.submitted(CitizenCalls.good());
    int address = 0;
    for (String nasty : NASTY) {
      CitizenCalls attacker = citizen("10.4.1." + address++);
      for (MockHttpServletResponse answer :
          List.of(
              attacker.lookup(nasty, submitted[1]),
              attacker.lookup(submitted[0], nasty),
              attacker.rate(submitted[0], nasty, "SATISFIED", "true"),
              attacker.rate(nasty, submitted[1], "SATISFIED", "true"))) {
        assertThat(answer.getStatus()).as(nasty).isIn(400, 404);
        assertThat(body(answer)).doesNotContain("id=\"steps\"");
      }
      MockHttpServletResponse rating = attacker.rate(submitted[0], submitted[1], nasty, nasty);
      assertThat(rating.getStatus()).as(nasty).isIn(400);
    }
  }

  @Test
  void tooManySubmissionsOrLookupsFromOneAddressGet429WithRetryAfter() throws Exception {
    CitizenCalls citizen = citizen("10.5.0.1");
    Map<String, String> bad = CitizenCalls.good();
    bad.put("topic", "");
    for (int i = 0; i < 5; i++) {
      assertThat(citizen.submit(bad).getStatus()).isEqualTo(400);
    }
    MockHttpServletResponse refused =
        citizen.perform(
            multipart("/citizen/requests")
                .param("topic", "HEATING")
                .header("X-Forwarded-For", "10.99.0.1"));
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 600L);
    assertThat(body(refused)).contains("id=\"problem\"").contains("分钟后再试");
    assertThat(citizen("10.5.0.2").submit(bad).getStatus()).isEqualTo(400);

    CitizenCalls looking = citizen("10.5.0.3");
    for (int i = 0; i < 30; i++) {
      assertThat(looking.lookup("12345-20000101-0001", "ABCDE-FGHJK").getStatus()).isEqualTo(404);
    }
    assertThat(looking.rate("12345-20000101-0001", "ABCDE-FGHJK", "SATISFIED", "true").getStatus())
        .isEqualTo(429);
  }

  @Test
  void aBodyOverTheBoundIs413AndABodyThatIsNoFormIsRefused() throws Exception {
    MockHttpServletResponse tooLarge =
        citizen("10.6.0.1")
            .perform(
                post("/citizen/requests")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .content("topic=HEATING&description=" + "x".repeat(70_000)));
    assertThat(tooLarge.getStatus()).isEqualTo(413);
    assertThat(tooLarge.getContentType()).startsWith("application/problem+json");

    MockHttpServletResponse json =
        citizen("10.6.0.2")
            .perform(
                post("/citizen/requests")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"topic\":\"HEATING\"}"));
    assertThat(json.getStatus()).isEqualTo(400);
    MockHttpServletResponse undecodable =
        citizen("10.6.0.3")
            .perform(
                post("/citizen/progress")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .content(new byte[] {'n', '=', (byte) 0xff, (byte) 0xfe}));
    assertThat(undecodable.getStatus()).isBetween(400, 499);
  }

  private void assertRefusedAnswer(MockHttpServletResponse answer) throws Exception {
    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(body(answer)).contains("id=\"err-answer\"");
  }

  private CitizenCalls citizen(String address) {
    return new CitizenCalls(mvc, address);
  }

  /** How many tickets the word search finds with this text. */
  private int storedWith(String text) throws Exception {
    ApiCalls api = ApiCalls.withTokens(mvc, "/api/tickets");
    String query = java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    return api.get("/api/tickets?q=" + query + "&size=100", "agent").get("items").size();
  }
}
