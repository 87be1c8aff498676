package io.civicline.kit.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * HTTP over a plain socket, for requests no client library sends (a control character in a header):
 * the bytes go out exactly as given. HTTP/1.0, so the answer is neither chunked nor kept alive.
 */
public final class RawHttp {

  /** What came back: the status, the Content-Type (or empty) and the body. */
  public record Answer(int status, String contentType, String body) {}

  private RawHttp() {}

  /** The header line that signs in as a test user, whose password is the user name. */
  public static String basic(String user) {
    String pair = user + ":" + user;
    return "Authorization: Basic "
        + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))
        + "\r\n";
  }

  /**
   * @param head the request line and headers, each ending in CRLF; Content-Length is added
   */
  public static Answer send(int port, String head, byte[] body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(
          ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      try {
        out.write(body);
        out.flush();
      } catch (SocketException e) {
        // The server may answer and close before taking a body it refuses: read its answer.
      }
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String[] lines = answer.substring(0, end).split("\r\n");
      String contentType = "";
      for (String line : lines) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          contentType = line.substring("content-type:".length()).trim();
        }
      }
      return new Answer(
          Integer.parseInt(lines[0].split(" ")[1]), contentType, answer.substring(end + 4));
    }
  }
}
