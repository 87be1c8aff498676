package io.civicline.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Waits, with a bound, until every started service answers 200 on {@code
 * /actuator/health/readiness}; a service that exits first fails the start.
 */
public final class Readiness {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Readiness() {}

  static void awaitAll(Map<Service, ChildProcess> started, Duration timeout, PrintStream out) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    Map<Service, ChildProcess> waiting = new LinkedHashMap<>(started);
    while (!waiting.isEmpty()) {
      for (var entry : Map.copyOf(waiting).entrySet()) {
        if (isReady(entry.getKey())) {
          waiting.remove(entry.getKey());
          out.printf(
              "  %s is ready on %s (%.1f s)%n",
              entry.getKey().name(), entry.getKey().url(), (System.nanoTime() - start) / 1e9);
        } else if (!entry.getValue().isAlive()) {
          throw new ChildFailedException(entry.getValue());
        }
      }
      if (!waiting.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Not ready within "
                  + timeout.toSeconds()
                  + " s: "
                  + String.join(", ", waiting.keySet().stream().map(Service::name).toList())
                  + " (see their logs; a slower machine may need "
                  + Option.STARTUP_TIMEOUT.howToChange()
                  + ")");
        }
        Pause.briefly(500);
      }
    }
  }

  public static boolean isReady(Service service) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(service.url() + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(3))
            .GET()
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
