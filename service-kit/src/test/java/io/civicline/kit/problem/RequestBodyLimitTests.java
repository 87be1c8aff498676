package io.civicline.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestBodyLimitTests {

  private final RequestBodyLimit limit =
      new RequestBodyLimit(
          1_000, List.of(new LargerBodyRoute("POST", "/api/tickets/{id}/files", 10_000)));

  @Test
  void anUploadRouteTakesItsLargerBody() throws Exception {
    assertThat(status("POST", "/api/tickets/t-1/files", 9_000)).isEqualTo(200);
    assertThat(status("POST", "/api/tickets/t-1/files", 10_001)).isEqualTo(413);
  }

  @Test
  void everyOtherRouteKeepsTheApiBound() throws Exception {
    assertThat(status("POST", "/api/tickets/t-1/dispatch", 1_001)).isEqualTo(413);
    assertThat(status("PUT", "/api/tickets/t-1/files", 1_001)).isEqualTo(413);
    assertThat(status("POST", "/api/tickets/t-1/files/x", 1_001)).isEqualTo(413);
    assertThat(status("POST", "/api/tickets/t-1/dispatch", 1_000)).isEqualTo(200);
  }

  private int status(String method, String path, int bodyBytes) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setContent(new byte[bodyBytes]);
    MockHttpServletResponse response = new MockHttpServletResponse();
    limit.doFilter(request, response, new MockFilterChain());
    return response.getStatus();
  }
}
