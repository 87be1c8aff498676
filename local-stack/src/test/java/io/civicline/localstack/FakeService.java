package io.civicline.localstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stands in for a Spring Boot service in the launcher's tests: records its arguments, answers 200
 * on the readiness probe at its {@code server.address} and {@code server.port} and notes that it
 * was asked to stop. With a file {@code fail-at-start} next to its jar it exits with code 7 at
 * once.
 */
public final class FakeService {

  private FakeService() {}

  public static void main(String[] args) throws Exception {
    Path home =
        Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .getParent();
    Files.write(home.resolve("args.txt"), List.of(args));
    if (Files.exists(home.resolve("fail-at-start"))) {
      System.out.println("failing on purpose");
      System.exit(7);
    }
    int port = 0;
    String address = "0.0.0.0";
    for (String arg : args) {
      if (arg.startsWith("--server.port=")) {
        port = Integer.parseInt(arg.substring("--server.port=".length()));
      }
      if (arg.startsWith("--server.address=")) {
        address = arg.substring("--server.address=".length());
      }
    }
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
    server.createContext(
        "/actuator/health/readiness",
        exchange -> {
          byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, home)));
    System.out.println("fake service listening on " + port);
  }

  private static void stop(HttpServer server, Path home) {
    server.stop(0);
    try {
      Files.writeString(home.resolve("stopped"), "asked to stop");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
