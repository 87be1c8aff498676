package io.civicline.kit.security;

import static io.civicline.kit.testing.DoorChecks.refused;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.civicline.kit.problem.RequestBytesCheck;
import io.civicline.kit.testing.RawHttp;
import io.civicline.kit.testing.RawHttp.Answer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Bad bytes sent to a real Tomcat, exactly as an outside client sends them (MockMvc skips the
 * container's decoding, which is where they broke): each is a 400 problem that does not repeat the
 * input, on the API and on pages, signed in or not; and a flood of them logs a bounded number of
 * lines.
 */
@SpringBootTest(
    classes = SecuredTestApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
    locations = "classpath:civicline-test-users.properties",
    properties = "civicline.http.refusals-logged-per-minute=20")
class RequestBytesDoorTests {

  static final String AGENT = RawHttp.basic("agent");
  static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";
  static final String JSON = "Content-Type: application/json\r\n";

  @LocalServerPort int port;

  @Test
  void undecodableOrControlQueryParametersAreAProblemOnTheApi() throws Exception {
    for (String query : new String[] {"q=%FF", "x=%ED%A0%80", "q=a%00b", "q=%C3", "%01=x"}) {
      Answer answer = refused(get("/api/ping?" + query, AGENT), "FF", "ED", "a\u0000b", "\uFFFD");
      assertThat(answer.body()).contains("\"title\":\"Bad request bytes\"");
    }
  }

  @Test
  void theLoginPageRefusesBadBytesWithoutSigningIn() throws Exception {
    refused(get("/login?q=%FF", ""), "%FF", "\uFFFD");
    refused(post("/login", FORM, "username=%FF&password=x"), "%FF", "\uFFFD");
    refused(post("/login", FORM, "username=a%00b&password=x"), "a\u0000b");
  }

  @Test
  void aBadFormBodyOfAPutIsAProblem() throws Exception {
    for (String body : new String[] {"a=%G0", "a=%FF", "a=b%00", "a=%"}) {
      refused(RawHttp.send(port, "PUT /api/ping HTTP/1.0\r\n" + AGENT + FORM, body.getBytes()));
    }
  }

  @Test
  void aControlCharacterInAHeaderIsAProblem() throws Exception {
    // Tomcat refuses these itself, before any filter: its answer is a problem too.
    refused(get("/api/ping", AGENT + "X-Note: a\u0001b\r\n"), "a\u0001b");
    refused(get("/login", "X-Note: a\u0000b\r\n"), "a\u0000b");
    refused(get("/api/ping", AGENT + "X-Note: a\u007fb\r\n"), "a\u007fb");
  }

  @Test
  void aControlCharacterInAJsonStringIsAProblemNamingTheField() throws Exception {
    Answer text =
        refused(post("/api/notes", AGENT + JSON, "{\"text\":\"a\\u0000b\"}"), "a\\u0000b");
    assertThat(text.body()).contains("'text'");
    Answer tag = refused(post("/api/notes", AGENT + JSON, "{\"tags\":[\"ok\",\"\\u001b[2J\"]}"));
    assertThat(tag.body()).contains("'tags[1]'");
    refused(post("/api/notes", AGENT + JSON, "{\"text\":\"\\ud800\"}"));
  }

  @Test
  void freeTextKeepsLineBreaksTabsAndEveryScript() throws Exception {
    assertThat(get("/api/ping?q=%E4%B8%AD%0D%0A%09x%F0%9F%98%80", AGENT).status()).isEqualTo(200);
    Answer note = post("/api/notes", AGENT + JSON, "{\"text\":\"两行\\r\\n\\tx\",\"tags\":[\"a\"]}");
    assertThat(note.status()).isEqualTo(200);
    assertThat(note.body()).isEqualTo("6 characters, 1 tags");
  }

  @Test
  void aFloodOfBadRequestsLogsABoundedNumberOfLinesWithoutStackTraces() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(RequestBytesCheck.class);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    try {
      for (int i = 0; i < 1_000; i++) {
        get("/api/ping?q=%FF" + i, AGENT);
      }
    } finally {
      logger.detachAppender(lines);
    }
    // At most one minute's budget, the next minute's, and the count of those left out.
    assertThat(lines.list).hasSizeBetween(1, 2 * 20 + 1);
    assertThat(lines.list)
        .allSatisfy(
            line -> {
              assertThat(line.getLevel()).isEqualTo(Level.WARN);
              assertThat(line.getThrowableProxy()).isNull();
              assertThat(line.getFormattedMessage()).doesNotContain("%FF");
            });
  }

  private Answer get(String target, String headers) throws Exception {
    return RawHttp.send(port, "GET " + target + " HTTP/1.0\r\n" + headers, new byte[0]);
  }

  private Answer post(String target, String headers, String body) throws Exception {
    return RawHttp.send(
        port, "POST " + target + " HTTP/1.0\r\n" + headers, body.getBytes(StandardCharsets.UTF_8));
  }
}
