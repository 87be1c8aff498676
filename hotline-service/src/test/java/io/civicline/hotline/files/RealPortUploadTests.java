package io.civicline.hotline.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.files.FileLimits;
import io.civicline.kit.files.SamplePhotos;
import io.civicline.kit.testing.CaseServiceTest;
import io.civicline.kit.testing.RawHttp;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upload sizes through the real door (Tomcat parses the multipart body, which MockMvc skips): a
 * file of 5 MB is taken, one byte more is a 400 problem, a body past the upload bound a 413, and
 * every other route keeps the API's bound. Nothing refused is stored.
 */
@CaseServiceTest(database = "hotline", webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:civicline-test-users.properties")
class RealPortUploadTests {

  private static final String BOUNDARY = "civicline-upload";

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;

  @Test
  void aFileOfFiveMegabytesIsTakenAndOneByteMoreIsA400ProblemStoringNothing() throws Exception {
    String id = ticket();

    RawHttp.Answer taken = upload(id, pdfOf(FileLimits.MAX_FILE_BYTES));
    assertThat(taken.status()).as(taken.body()).isEqualTo(201);
    long stored = storedFiles();
    RawHttp.Answer refused = upload(id, pdfOf(FileLimits.MAX_FILE_BYTES + 1));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("5242880 bytes");
    assertThat(storedFiles()).isEqualTo(stored);
  }

  @Test
  void aBodyPastTheUploadBoundIs413AndOtherRoutesKeepTheApiBound() throws Exception {
    String id = ticket();
    long stored = storedFiles();

    RawHttp.Answer tooLarge = upload(id, pdfOf(FileLimits.MAX_UPLOAD_BODY_BYTES));
    RawHttp.Answer elsewhere =
        RawHttp.send(
            port,
            "POST /api/tickets/"
                + id
                + "/reply HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n"
                + RawHttp.basic("agent")
                + "Content-Type: multipart/form-data; boundary="
                + BOUNDARY
                + "\r\n",
            multipart(pdfOf(300 * 1024)));

    assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
    assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(413);
    assertThat(storedFiles()).isEqualTo(stored);
  }

  @Test
  void aConsoleUploadPastTheMultipartBoundIsA400ProblemSayingSo() throws Exception {
    String id = ticket();
    long stored = storedFiles();

    RawHttp.Answer refused =
        RawHttp.send(
            port,
            "POST /console/tickets/"
                + id
                + "/files HTTP/1.0\r\nHost: localhost\r\n"
                + RawHttp.basic("agent")
                + "Content-Type: multipart/form-data; boundary="
                + BOUNDARY
                + "\r\n",
            multipart(pdfOf(FileLimits.MAX_UPLOAD_BODY_BYTES)));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("multipart body cannot be read");
    assertThat(storedFiles()).isEqualTo(stored);
  }

  private String ticket() throws Exception {
    RawHttp.Answer created =
        RawHttp.send(
            port,
            "POST /api/tickets HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n"
                + RawHttp.basic("agent")
                + "Content-Type: application/json\r\n",
            TicketFileCalls.TICKET.getBytes(StandardCharsets.UTF_8));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return JsonMapper.shared().readTree(created.body()).get("id").asString();
  }

  private RawHttp.Answer upload(String id, byte[] file) throws Exception {
    return RawHttp.send(
        port,
        "POST /api/tickets/"
            + id
            + "/files HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n"
            + RawHttp.basic("agent")
            + "Content-Type: multipart/form-data; boundary="
            + BOUNDARY
            + "\r\n",
        multipart(file));
  }

  private static byte[] pdfOf(long size) {
    return Arrays.copyOf(SamplePhotos.pdf(), (int) size);
  }

  private static byte[] multipart(byte[] file) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return body.toByteArray();
  }

  private long storedFiles() {
    return mongo.getCollection("ticket_files.files").countDocuments()
        + mongo.getCollection("ticket_files.chunks").countDocuments();
  }
}
