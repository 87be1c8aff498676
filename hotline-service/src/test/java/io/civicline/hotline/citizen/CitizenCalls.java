package io.civicline.hotline.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The citizen page as a phone's browser uses it, from one client address: open the form, read the
 * question and its token, post the multipart form, look up and rate.
 */
record CitizenCalls(MockMvc mvc, String address) {

  /** A request the page takes: a topic, a place in its district, a description. */
  static Map<String, String> good() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("topic", "HEATING");
    fields.put("district", "YIMEI");
    fields.put("street", "YIMEI_XURI");
    fields.put("address", "旭日小区3号楼");
    fields.put("latitude", "47.727");
    fields.put("longitude", "128.899");
    fields.put("description", "暖气不热已经三天");
    fields.put("name", "王小明");
    fields.put("phone", "13912345678");
    return fields;
  }

  /** The question of a fresh form: its right answer and its token. */
  record Question(String answer, String token) {}

  private static final Pattern SUM = Pattern.compile("(\\d+) (?:加|plus) (\\d+)");
  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
  static final Pattern NUMBER = Pattern.compile("id=\"number\">([^<]+)<");
  static final Pattern CODE = Pattern.compile("id=\"code\">([^<]+)<");

  Question question() throws Exception {
    MockHttpServletResponse page = perform(get("/citizen"));
    assertThat(page.getStatus()).isEqualTo(200);
    return questionOf(body(page));
  }

  static Question questionOf(String html) {
    Matcher sum = SUM.matcher(html);
    Matcher token = TOKEN.matcher(html);
    assertThat(sum.find() && token.find()).as("a question on the form").isTrue();
    int answer = Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2));
    return new Question(String.valueOf(answer), token.group(1));
  }

  /** Posts the fields and photos with a fresh question answered right. */
  MockHttpServletResponse submit(Map<String, String> fields, MockMultipartFile... photos)
      throws Exception {
    Question question = question();
    return submit(fields, question.answer(), question.token(), photos);
  }

  MockHttpServletResponse submit(
      Map<String, String> fields, String answer, String token, MockMultipartFile... photos)
      throws Exception {
    MockMultipartHttpServletRequestBuilder request = multipart("/citizen/requests");
    fields.forEach(request::param);
    for (MockMultipartFile photo : photos) {
      request.file(photo);
    }
    if (answer != null) {
      request.param("answer", answer);
    }
    if (token != null) {
      request.param("token", token);
    }
    return perform(request);
  }

  /** A part of the form's photo field. */
  static MockMultipartFile photo(String name, byte[] content) {
    return new MockMultipartFile("photos", name, "image/jpeg", content);
  }

  /** The number and code of a submitted request, from its answer page (201). */
  String[] submitted(Map<String, String> fields, MockMultipartFile... photos) throws Exception {
    MockHttpServletResponse answer = submit(fields, photos);
    String html = body(answer);
    assertThat(answer.getStatus()).as(html).isEqualTo(201);
    return new String[] {group(NUMBER, html), group(CODE, html)};
  }

  MockHttpServletResponse lookup(String number, String code) throws Exception {
    return perform(post("/citizen/progress").param("number", number).param("code", code));
  }

  MockHttpServletResponse rate(String number, String code, String rating, String solved)
      throws Exception {
    MockHttpServletRequestBuilder request =
        post("/citizen/rating").param("number", number).param("code", code);
    if (rating != null) {
      request.param("rating", rating);
    }
    if (solved != null) {
      request.param("solved", solved);
    }
    return perform(request);
  }

  MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request)
      throws Exception {
    return mvc.perform(
            request.with(
                r -> {
                  r.setRemoteAddr(address);
                  return r;
                }))
        .andReturn()
        .getResponse();
  }

  static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  static String group(Pattern pattern, String html) {
    Matcher matcher = pattern.matcher(html);
    assertThat(matcher.find()).as(pattern + " in the page").isTrue();
    return matcher.group(1);
  }
}
