package io.civicline.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What the check refuses that Tomcat lets through to it: controls in header values (other
 * containers, or a relaxed Tomcat, pass them on) and in decoded parameters. The real door is tested
 * in {@code RequestBytesDoorTests}.
 */
class RequestBytesCheckTests {

  final RequestBytesCheck check =
      new RequestBytesCheck(new RefusalLog(5, Clock.systemUTC()), List.of());

  @Test
  void aHeaderValueWithAControlOtherThanTabIsRefusedNamingTheHeader() throws Exception {
    for (String value : new String[] {"a\u0000b", "a\nb", "a\u001bb", "a\u007fb"}) {
      MockHttpServletResponse response = filter(request("X-Note", value, "q", "x"));
      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getContentAsString())
          .contains("'X-Note'")
          .doesNotContain(value)
          .contains(RequestBytesCheck.TITLE);
    }
  }

  @Test
  void aParameterWithAControlOrALoneSurrogateIsRefusedAndAnUncleanNameIsNotRepeated()
      throws Exception {
    assertThat(filter(request("X-Note", "ok", "q", "a\u0000b")).getContentAsString())
        .contains("'q'");
    assertThat(filter(request("X-Note", "ok", "q", "\ud800x")).getStatus()).isEqualTo(400);
    assertThat(filter(request("X-Note", "ok", "q\nx", "v")).getContentAsString())
        .contains("(name not shown)")
        .doesNotContain("q\nx");
  }

  @Test
  void tabsLineBreaksAndPairedSurrogatesPass() throws Exception {
    assertThat(filter(request("X-Note", "a\tb é", "q", "两\r\n\t行😀")).getStatus()).isEqualTo(200);
  }

  private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    check.doFilter(request, response, new MockFilterChain());
    return response;
  }

  private static MockHttpServletRequest request(
      String header, String value, String parameter, String parameterValue) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/x");
    request.addHeader(header, value);
    request.addParameter(parameter, parameterValue);
    return request;
  }
}
