package io.civicline.kit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service's table of who passes the door of each handler, read from a text file: a {@code
 * callers} line names the columns, then one row per handler and method, {@code METHOD path
 * outcome…}, where an outcome is {@code ok} (anything but 401/403), {@code 401} (must sign in: a
 * 401 or the login page), {@code 403}, or {@code -}: ok or 403, either fine (OPTIONS, which lists
 * methods and no data). {@code *} as the method stands for every method the handler accepts; a
 * {@code HEAD} row is only needed where HEAD must differ from GET; one {@code OPTIONS *} row covers
 * OPTIONS on every GET path. A row starting with {@code probe} is a request to a path no handler
 * method serves (actuator, static files), sent as written.
 */
public record RoleMatrixTable(String source, List<String> callers, Map<String, Row> rows) {

  /** What a caller meets at the door. */
  public enum Outcome {
    OK("ok"),
    SIGN_IN("401"),
    FORBIDDEN("403"),
    OK_OR_FORBIDDEN("-");

    private final String symbol;

    Outcome(String symbol) {
      this.symbol = symbol;
    }

    /** Whether {@code got}, an answer's outcome, is what this expected outcome allows. */
    public boolean allows(Outcome got) {
      return this == got || (this == OK_OR_FORBIDDEN && (got == OK || got == FORBIDDEN));
    }

    @Override
    public String toString() {
      return symbol;
    }

    static Outcome of(String symbol, String line) {
      return Arrays.stream(values())
          .filter(outcome -> outcome.symbol.equals(symbol))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown outcome in: " + line));
    }
  }

  /** One row: {@code key} is {@code METHOD path}, e.g. {@code GET /api/tickets/{id}}. */
  public record Row(String key, boolean probe, List<Outcome> outcomes) {}

  /** Reads {@code resource} from the test class path. */
  public static RoleMatrixTable read(String resource) {
    try (InputStream in = RoleMatrixTable.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no role matrix " + resource + " on the class path");
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static RoleMatrixTable parse(String source, String text) {
    List<String> callers = null;
    Map<String, Row> rows = new LinkedHashMap<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
      if (words.get(0).equals("callers")) {
        callers = List.copyOf(words.subList(1, words.size()));
        continue;
      }
      if (callers == null) {
        throw new IllegalArgumentException(source + ": the callers line comes first");
      }
      boolean probe = words.get(0).equals("probe");
      if (probe) {
        words.remove(0);
      }
      if (words.size() != callers.size() + 2) {
        throw new IllegalArgumentException(
            source + ": " + callers.size() + " outcomes expected in: " + line);
      }
      String key = words.get(0) + " " + words.get(1);
      List<Outcome> outcomes =
          words.subList(2, words.size()).stream().map(word -> Outcome.of(word, line)).toList();
      if (rows.put(key, new Row(key, probe, outcomes)) != null) {
        throw new IllegalArgumentException(source + ": two rows for " + key);
      }
    }
    if (callers == null) {
      throw new IllegalArgumentException(source + ": no callers line");
    }
    return new RoleMatrixTable(source, callers, rows);
  }
}
