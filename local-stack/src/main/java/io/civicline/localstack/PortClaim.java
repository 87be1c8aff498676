package io.civicline.localstack;

import java.util.List;

/**
 * A port the stack is going to listen on, the component that needs it and the option that sets it.
 */
record PortClaim(int port, String component, Option option) {

  /** Every port of a run, in start order. */
  static List<PortClaim> of(StackOptions options) {
    return List.of(
        new PortClaim(options.mongoPort(), "MongoDB-wire server", Option.MONGO_PORT),
        new PortClaim(options.kafkaPort(), "Kafka broker", Option.KAFKA_PORT),
        new PortClaim(
            options.kafkaControllerPort(), "Kafka controller", Option.KAFKA_CONTROLLER_PORT),
        new PortClaim(options.hotlinePort(), "hotline-service", Option.HOTLINE_PORT),
        new PortClaim(options.mediationPort(), "mediation-service", Option.MEDIATION_PORT),
        new PortClaim(options.statsPort(), "stats-service", Option.STATS_PORT));
  }
}
