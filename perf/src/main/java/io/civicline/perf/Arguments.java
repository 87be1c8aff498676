package io.civicline.perf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --name=value} options of a benchmark or of the load: each program names its options
 * with their defaults, and anything else is refused. An empty default means "not given".
 */
public final class Arguments {

  /** Accepted and ignored: the scripts read it to skip the build. */
  private static final String NO_BUILD = "--no-build";

  /** The addresses of the stack {@code ./run.sh} starts with its default ports, by option. */
  private static final Map<String, String> RUN_SH_ADDRESSES =
      Map.of(
          "hotline", "http://127.0.0.1:8081",
          "mediation", "http://127.0.0.1:8082",
          "stats", "http://127.0.0.1:8083",
          "bootstrap", "127.0.0.1:9092",
          "mongo", "mongodb://127.0.0.1:27017");

  private final Map<String, String> values;

  private Arguments(Map<String, String> values) {
    this.values = values;
  }

  /**
   * A program's {@code own} options with their defaults, and the {@code addresses} it reaches the
   * running stack at ({@code hotline}, {@code mediation}, {@code stats}, {@code bootstrap}, {@code
   * mongo}), by default those of {@code ./run.sh}.
   */
  public static Map<String, String> withAddresses(Map<String, String> own, String... addresses) {
    Map<String, String> defaults = new LinkedHashMap<>(own);
    for (String address : addresses) {
      defaults.put(address, RUN_SH_ADDRESSES.get(address));
    }
    return defaults;
  }

  /** True when the user asks for the usage ({@code --help} or {@code -h}). */
  public static boolean wantsHelp(String[] args) {
    return List.of(args).contains("--help") || List.of(args).contains("-h");
  }

  /**
   * The given options over {@code defaults}; an option not among them, or not of the form {@code
   * --name=value}, is an {@link IllegalArgumentException}.
   */
  public static Arguments parse(String[] args, Map<String, String> defaults) {
    Map<String, String> values = new LinkedHashMap<>(defaults);
    for (String arg : args) {
      if (arg.equals(NO_BUILD)) {
        continue;
      }
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
      if (name == null || !values.containsKey(name)) {
        throw new IllegalArgumentException("Unknown option '" + arg + "' (see --help).");
      }
      values.put(name, arg.substring(equals + 1).trim());
    }
    return new Arguments(values);
  }

  /**
   * For a program's {@code main}: the usage on stdout and exit code 0 for {@code --help}; the
   * problem and the usage on stderr and exit code 2 for options it does not take.
   */
  public static Arguments parseOrExit(String[] args, Map<String, String> defaults, String usage) {
    if (wantsHelp(args)) {
      System.out.print(usage);
      System.exit(0);
    }
    try {
      return parse(args, defaults);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage() + "\n\n" + usage);
      System.exit(2);
      throw e;
    }
  }

  /** True when the option has a value, given or by default. */
  public boolean has(String name) {
    return !text(name).isEmpty();
  }

  public String text(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalStateException("--" + name + " is not an option of this program");
    }
    return value;
  }

  /** A whole number of at least {@code minimum}. */
  public int number(String name, int minimum) {
    long number = longNumber(name, minimum);
    if (number > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("--" + name + " is too large: " + number + ".");
    }
    return (int) number;
  }

  /** A whole number of at least {@code minimum}. */
  public long longNumber(String name, long minimum) {
    String value = text(name);
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a number, not '" + value + "'.");
    }
    if (number < minimum) {
      throw new IllegalArgumentException(
          "--" + name + " must be at least " + minimum + ", not " + number + ".");
    }
    return number;
  }

  /** A positive decimal number, such as a share. */
  public double share(String name) {
    String value = text(name);
    try {
      double share = Double.parseDouble(value);
      if (share > 0) {
        return share;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "--" + name + " must be a positive number, not '" + value + "'.");
  }

  /** A whole number of seconds, at least {@code minimum}. */
  public Duration seconds(String name, int minimum) {
    return Duration.ofSeconds(longNumber(name, minimum));
  }

  /** An absolute path, or null when the option has no value. */
  public Path path(String name) {
    return has(name) ? Path.of(text(name)).toAbsolutePath().normalize() : null;
  }
}
