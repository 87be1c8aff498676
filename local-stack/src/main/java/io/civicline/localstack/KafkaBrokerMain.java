package io.civicline.localstack;

/**
 * Main class of the Kafka broker child: Apache Kafka's own {@code kafka.Kafka}, stopped with the
 * launcher.
 */
public final class KafkaBrokerMain {

  private KafkaBrokerMain() {}

  public static void main(String[] args) {
    ParentWatch.exitWhenParentEnds("the Kafka broker");
    kafka.Kafka.main(args);
  }
}
