package io.civicline.hotline.open311;

import io.civicline.kit.problem.RefusalFormat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Bad bytes sent to Open311 get its error list, in the format the path names. */
@Component
class Open311Refusals implements RefusalFormat {

  private final Open311Writer writer;

  Open311Refusals(Open311Writer writer) {
    this.writer = writer;
  }

  @Override
  public boolean answers(HttpServletRequest request) {
    return request.getRequestURI().startsWith(Open311Controller.PATH + "/");
  }

  @Override
  public void writeBadRequest(
      HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
    Open311Format format = Open311Format.ofPath(request.getRequestURI());
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    response.setContentType(format.mediaType().toString());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            writer.write(
                format,
                "errors",
                new Open311Failure(
                        HttpStatus.BAD_REQUEST, List.of(new Open311Failure.Error(400, detail)))
                    .tree()));
  }
}
