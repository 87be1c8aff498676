package io.civicline.kit.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WARN line per refused request, without a stack trace or the refused input, and at most {@code
 * perMinute} lines a minute: whoever sends bad bytes on purpose cannot flood the log. The first
 * refusal of the next minute says how many were left out.
 */
final class RefusalLog {

  private static final Logger log = LoggerFactory.getLogger(RequestBytesCheck.class);
  private static final int MAX_PATH = 200;

  private final int perMinute;
  private final Clock clock;
  private long minute;
  private int logged;
  private int suppressed;

  RefusalLog(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  void refused(HttpServletRequest request, String kind) {
    int leftOut = 0;
    boolean write;
    synchronized (this) {
      long now = clock.millis() / 60_000;
      if (now != minute) {
        leftOut = suppressed;
        minute = now;
        logged = 0;
        suppressed = 0;
      }
      write = logged < perMinute;
      if (write) {
        logged++;
      } else {
        suppressed++;
      }
    }
    if (leftOut > 0) {
      log.warn("{} more refused requests were not logged in the previous minute", leftOut);
    }
    if (write) {
      log.warn(
          "refused {} {}: {} from {}",
          request.getMethod(),
          printable(request.getRequestURI()),
          kind,
          request.getRemoteAddr());
    }
  }

  /** The raw path, which Tomcat has checked, cut short and with nothing that could end a line. */
  private static String printable(String path) {
    String cut = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path;
    return cut.replaceAll("[\\p{Cntrl}]", "?");
  }
}
