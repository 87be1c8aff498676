package io.civicline.localstack;

import io.civicline.events.TopicRetention;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The settings of one run of the local stack, read from the command line and the environment. */
record StackOptions(
    String bindAddress,
    Path projectDir,
    Path data,
    int kafkaPort,
    int kafkaControllerPort,
    int mongoPort,
    MongoBackend mongoBackend,
    String mongoHeap,
    int hotlinePort,
    int mediationPort,
    int statsPort,
    TopicRetention retention,
    Duration startupTimeout) {

  private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,8})([dhms])");

  /** The address a client on this machine reaches the stack at: the loopback when it is open. */
  String localAddress() {
    return isWildcard() ? "127.0.0.1" : bindAddress;
  }

  /** The address the Kafka broker gives its clients: this machine's name when it listens on all. */
  String advertisedAddress() {
    try {
      return isWildcard() ? InetAddress.getLocalHost().getHostName() : bindAddress;
    } catch (UnknownHostException e) {
      throw new OptionException(
          "This machine's name does not resolve; give "
              + Option.BIND_ADDRESS.howToChange()
              + " one of its addresses instead of "
              + bindAddress
              + ".");
    }
  }

  /** False when only this machine reaches the stack (a loopback address). */
  boolean isOpen() {
    try {
      return !InetAddress.getByName(bindAddress).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return true;
    }
  }

  private boolean isWildcard() {
    return bindAddress.equals("0.0.0.0") || bindAddress.equals("::");
  }

  /** Where the MongoDB-wire server keeps its documents. */
  enum MongoBackend {
    FILE,
    MEMORY
  }

  /** Accepted and ignored: {@code run.sh} reads it to skip the build. */
  static final String NO_BUILD = "--no-build";

  static final String HELP = "--help";

  static StackOptions parse(String[] args, Map<String, String> environment) {
    Map<Option, String> given = new EnumMap<>(Option.class);
    for (Option option : Option.values()) {
      String value = environment.get(option.environmentVariable());
      if (value != null && !value.isBlank()) {
        given.put(option, value.trim());
      }
    }
    for (String arg : args) {
      if (arg.equals(NO_BUILD)) {
        continue;
      }
      int equals = arg.indexOf('=');
      Option option =
          arg.startsWith("--") && equals > 2 ? Option.byFlag(arg.substring(2, equals)) : null;
      if (option == null) {
        throw new OptionException("Unknown option '" + arg + "' (see --help).");
      }
      given.put(option, arg.substring(equals + 1).trim());
    }

    Path projectDir =
        path(given.getOrDefault(Option.PROJECT_DIR, Option.PROJECT_DIR.defaultValue()));
    Path data =
        given.containsKey(Option.DATA) ? path(given.get(Option.DATA)) : projectDir.resolve("data");
    return new StackOptions(
        bindAddress(given),
        projectDir,
        data,
        port(Option.KAFKA_PORT, given),
        port(Option.KAFKA_CONTROLLER_PORT, given),
        port(Option.MONGO_PORT, given),
        mongoBackend(given),
        heapSize(Option.MONGO_HEAP, given),
        port(Option.HOTLINE_PORT, given),
        port(Option.MEDIATION_PORT, given),
        port(Option.STATS_PORT, given),
        new TopicRetention(
            duration(Option.REFERRAL_RETENTION, given),
            duration(Option.REFERRAL_DLQ_RETENTION, given)),
        Duration.ofSeconds(positive(Option.STARTUP_TIMEOUT, given)));
  }

  static boolean wantsHelp(String[] args) {
    for (String arg : args) {
      if (arg.equals(HELP) || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /** The text of {@code --help}: every option, its environment variable and its default. */
  static String usage() {
    StringBuilder text =
        new StringBuilder(
            "Usage: ./run.sh [--no-build] [--name=value ...]\n"
                + "Starts a Kafka broker, a MongoDB-wire server and the three civicline services;"
                + " Ctrl-C stops them.\n"
                + "Each option can also be set by its environment variable; the command line wins.\n\n");
    for (Option option : Option.values()) {
      text.append(
          String.format(
              "  --%s=...  or %s  (default: %s)%n      %s%n",
              option.flag(),
              option.environmentVariable(),
              option.defaultValue(),
              option.description()));
    }
    text.append(String.format("  %s%n      run.sh only: skip the Maven build%n", NO_BUILD));
    text.append(String.format("  %s%n      this text%n", HELP));
    return text.toString();
  }

  private static Path path(String value) {
    return Path.of(value).toAbsolutePath().normalize();
  }

  private static int port(Option option, Map<Option, String> given) {
    int port = number(option, given);
    if (port < 1 || port > 65535) {
      throw new OptionException(
          option.howToChange() + " must be a port between 1 and 65535, not " + port + ".");
    }
    return port;
  }

  private static int positive(Option option, Map<Option, String> given) {
    int value = number(option, given);
    if (value < 1) {
      throw new OptionException(option.howToChange() + " must be positive, not " + value + ".");
    }
    return value;
  }

  private static int number(Option option, Map<Option, String> given) {
    String value = given.getOrDefault(option, option.defaultValue());
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new OptionException(option.howToChange() + " must be a number, not '" + value + "'.");
    }
  }

  private static String heapSize(Option option, Map<Option, String> given) {
    String value = given.getOrDefault(option, option.defaultValue());
    if (!value.matches("[1-9][0-9]*[mMgG]")) {
      throw new OptionException(
          option.howToChange() + " must be a size such as 4g or 512m, not '" + value + "'.");
    }
    return value;
  }

  /** An address of this machine, or a wildcard (0.0.0.0, ::) for all of them. */
  private static String bindAddress(Map<Option, String> given) {
    String value = given.getOrDefault(Option.BIND_ADDRESS, Option.BIND_ADDRESS.defaultValue());
    try {
      InetAddress address = InetAddress.getByName(value);
      if (address.isAnyLocalAddress()
          || address.isLoopbackAddress()
          || NetworkInterface.getByInetAddress(address) != null) {
        return value;
      }
    } catch (IOException e) {
      // reported below, with what to do
    }
    throw new OptionException(
        Option.BIND_ADDRESS.howToChange()
            + " must be an address of this machine, 127.0.0.1 or 0.0.0.0, not '"
            + value
            + "'.");
  }

  private static Duration duration(Option option, Map<Option, String> given) {
    String value = given.getOrDefault(option, option.defaultValue());
    Matcher matcher = DURATION.matcher(value);
    if (!matcher.matches()) {
      throw new OptionException(
          option.howToChange()
              + " must be a time such as 30d, 12h, 90m or 45s, not '"
              + value
              + "'.");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "d" -> Duration.ofDays(amount);
      case "h" -> Duration.ofHours(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofSeconds(amount);
    };
  }

  private static MongoBackend mongoBackend(Map<Option, String> given) {
    String value = given.getOrDefault(Option.MONGO_BACKEND, Option.MONGO_BACKEND.defaultValue());
    switch (value.toLowerCase(Locale.ROOT)) {
      case "file":
        return MongoBackend.FILE;
      case "memory":
        return MongoBackend.MEMORY;
      default:
        throw new OptionException(
            Option.MONGO_BACKEND.howToChange() + " must be file or memory, not '" + value + "'.");
    }
  }
}
