package io.civicline.kit.problem;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answers (a header with a control character, a malformed request line: what
 * never reaches a filter) as RFC 9457 problems instead of its HTML page, saying nothing of the
 * request or the server.
 */
public class ContainerErrorProblems extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    HttpStatus status = HttpStatus.resolve(response.getStatus());
    if (status == null
        || !status.isError()
        || response.getContentWritten() > 0
        || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      ProblemResponses.write(
          response, status, "The server refused the request before reading it.", null);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // The connection is gone or the answer already started: nothing left to tell the client.
    }
  }
}
