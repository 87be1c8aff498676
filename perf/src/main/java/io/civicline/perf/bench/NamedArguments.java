package io.civicline.localstack.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --name=value} arguments of a benchmark program; anything else prints its usage. */
final class NamedArguments {

  private NamedArguments() {}

  /** The arguments by name, or the usage on stderr and exit code 2. */
  static Map<String, String> parseOrExit(String[] args, String usage) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        System.err.println(usage);
        System.exit(2);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    return options;
  }
}
