package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.testing.RawHttp.Answer;
import java.util.List;

/** What the door promises for bad bytes: a 400 problem that does not repeat them. */
public final class DoorChecks {

  private DoorChecks() {}

  /** Sends a GET as {@code user} (password = user name) for a target written as on the wire. */
  public static Answer get(int port, String user, String target) throws Exception {
    String auth = user == null ? "" : RawHttp.basic(user);
    return RawHttp.send(port, "GET " + target + " HTTP/1.0\r\n" + auth, new byte[0]);
  }

  /**
   * A search ({@code path?q=…}) with a NUL, a control or a bad encoding is refused before any store
   * sees it (BSON refuses a NUL in a regex), and so is the login page with a bad encoding.
   */
  public static void searchRefusesBadBytes(int port, String user, String path) throws Exception {
    for (String q : List.of("a%00b", "%00", "%FF", "%ED%A0%80", "%C3%28", "a%1Bb")) {
      refused(get(port, user, path + "?q=" + q), "\u0000", "%FF", "\uFFFD");
    }
    refused(get(port, null, "/login?q=%FF"));
  }

  /** Regex and query-operator characters in a search are searched for, not interpreted. */
  public static void searchTakesOperatorsLiterally(int port, String user, String path)
      throws Exception {
    for (String q : List.of(".*", "(a%2B)%2B%24", "%5B", "%7B%22%24gt%22%3A%22%22%7D", "'")) {
      assertThat(get(port, user, path + "?q=" + q).status()).as(q).isEqualTo(200);
    }
  }

  /**
   * @param raw what the client sent, which the answer must not contain
   */
  public static Answer refused(Answer answer, String... raw) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body()).contains("\"status\":400");
    for (String input : raw) {
      assertThat(answer.body()).doesNotContain(input);
    }
    return answer;
  }
}
