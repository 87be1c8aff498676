package io.civicline.perf.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The {@code Authorization} header of HTTP Basic, as the benchmarks and the load sign in. */
public final class BasicAuth {

  private BasicAuth() {}

  public static String header(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
