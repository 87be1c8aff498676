package io.civicline.perf.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * stats-service's stream of today's figures ({@code GET /api/stats/stream}) as the manager follows
 * it: the time and {@code received} count of each hotline event, kept in arrival order.
 */
final class FigureStream {

  private static final Pattern RECEIVED = Pattern.compile("\"received\":(\\d+)");

  private final PrintStream out;

  /** (nanoTime, received) of each hotline event of the stream, in arrival order. */
  private final List<long[]> counts = new ArrayList<>();

  FigureStream(PrintStream out) {
    this.out = out;
  }

  /**
   * Follows the stream at {@code url} on a daemon thread; returns once the first count came, or
   * fails after 30 s.
   */
  void listen(String url) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", BasicAuth.header("manager", "manager"))
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    Thread listener =
        new Thread(
            () -> {
              try {
                Stream<String> lines =
                    client.send(request, HttpResponse.BodyHandlers.ofLines()).body();
                String[] event = {""};
                lines.forEach(
                    line -> {
                      if (line.startsWith("event:")) {
                        event[0] = line.substring(6).strip();
                      } else if (line.startsWith("data:") && event[0].equals("hotline")) {
                        Matcher matcher = RECEIVED.matcher(line);
                        if (matcher.find()) {
                          synchronized (counts) {
                            counts.add(
                                new long[] {System.nanoTime(), Long.parseLong(matcher.group(1))});
                          }
                        }
                      }
                    });
              } catch (IOException | InterruptedException e) {
                out.println("the stream ended: " + e);
              }
            },
            "figure-stream");
    listener.setDaemon(true);
    listener.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (latestCount() < 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no figures on " + url + " within 30 s");
      }
      Thread.sleep(50);
    }
  }

  /** The newest count, or -1 before the first. */
  long latestCount() {
    synchronized (counts) {
      return counts.isEmpty() ? -1 : counts.get(counts.size() - 1)[1];
    }
  }

  /** Waits until the count has not moved for 2 s; returns how long that took, in ms. */
  long awaitQuiet() throws InterruptedException {
    long started = System.nanoTime();
    long last = latestCount();
    long stableSince = System.nanoTime();
    while (System.nanoTime() - stableSince < 2_000_000_000L) {
      Thread.sleep(100);
      long now = latestCount();
      if (now != last) {
        last = now;
        stableSince = System.nanoTime();
      }
    }
    return (System.nanoTime() - started) / 1_000_000;
  }

  /** Waits until the count reaches {@code count}, at most {@code patience}. */
  void awaitCount(long count, Duration patience) throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (latestCount() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  /**
   * For the n-th ticket answered: the first count event at or above baseline + n, minus its 201.
   */
  long[] freshness(long baseline, long[] answeredAt) {
    List<long[]> events;
    synchronized (counts) {
      events = new ArrayList<>(counts);
    }
    long[] result = new long[answeredAt.length];
    int e = 0;
    for (int n = 0; n < answeredAt.length; n++) {
      long needed = baseline + n + 1;
      while (e < events.size() && events.get(e)[1] < needed) {
        e++;
      }
      result[n] =
          e < events.size() ? Math.max(0, events.get(e)[0] - answeredAt[n]) : Long.MAX_VALUE;
    }
    return result;
  }
}
