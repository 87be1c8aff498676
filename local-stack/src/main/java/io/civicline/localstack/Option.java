package io.civicline.localstack;

import io.civicline.events.TopicRetention;

/**
 * The launcher's settings: each is given as {@code --name=value} on the command line or as an
 * environment variable; the command line wins, then the environment, then the default.
 */
enum Option {
  BIND_ADDRESS(
      "bind-address",
      "address the services, the MongoDB-wire server and the Kafka broker listen on; 0.0.0.0"
          + " opens them to the network",
      "127.0.0.1"),
  PROJECT_DIR("project-dir", "the project folder, where <service>/target/<service>.jar live", "."),
  DATA("data", "data and logs of the stack, kept across restarts", "<project-dir>/data"),
  KAFKA_PORT("kafka-port", "port of the Kafka broker (PLAINTEXT)", "9092"),
  KAFKA_CONTROLLER_PORT(
      "kafka-controller-port", "port of the Kafka KRaft controller listener", "9093"),
  MONGO_PORT("mongo-port", "port of the MongoDB-wire server", "27017"),
  MONGO_BACKEND("mongo-backend", "file (kept in <data>/mongo) or memory (lost on stop)", "file"),
  MONGO_HEAP(
      "mongo-heap",
      "maximum heap of the MongoDB-wire server, as java -Xmx takes it; the memory backend keeps"
          + " every document there",
      "4g"),
  HOTLINE_PORT("hotline-port", "HTTP port of hotline-service", "8081"),
  MEDIATION_PORT("mediation-port", "HTTP port of mediation-service", "8082"),
  STATS_PORT("stats-port", "HTTP port of stats-service", "8083"),
  REFERRAL_RETENTION(
      "referral-retention",
      "how long hotline.referrals keeps the referrals (caller name, phone, description): a number"
          + " and d, h, m or s",
      TopicRetention.DEFAULT.toDays() + "d"),
  REFERRAL_DLQ_RETENTION(
      "referral-dlq-retention",
      "how long hotline.referrals.dlq keeps the referrals mediation could not read (redacted)",
      TopicRetention.DEFAULT.toDays() + "d"),
  STARTUP_TIMEOUT(
      "startup-timeout",
      "seconds to wait for the services to become ready (and for the MongoDB-wire server to open its store, 600 at least)",
      "120");

  private static final String ENV_PREFIX = "CIVICLINE_";

  private final String flag;
  private final String description;
  private final String defaultValue;

  Option(String flag, String description, String defaultValue) {
    this.flag = flag;
    this.description = description;
    this.defaultValue = defaultValue;
  }

  /** The command-line name without dashes, e.g. {@code kafka-port}. */
  String flag() {
    return flag;
  }

  /** The environment variable, e.g. {@code CIVICLINE_KAFKA_PORT}. */
  String environmentVariable() {
    return ENV_PREFIX + name();
  }

  String description() {
    return description;
  }

  String defaultValue() {
    return defaultValue;
  }

  /** How a user changes this setting, e.g. {@code --kafka-port=PORT (or CIVICLINE_KAFKA_PORT)}. */
  String howToChange() {
    return "--" + flag + "=... (or " + environmentVariable() + ")";
  }

  static Option byFlag(String flag) {
    for (Option option : values()) {
      if (option.flag.equals(flag)) {
        return option;
      }
    }
    return null;
  }
}
