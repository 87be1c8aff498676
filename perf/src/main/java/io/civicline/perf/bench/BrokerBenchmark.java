package io.civicline.localstack.bench;

import java.util.Map;

/**
 * The broker benchmark ({@code ./bench.sh broker}): the limit of the running stack's Kafka broker
 * ({@code ./run.sh}), measured with Apache Kafka's own perf tools (see {@link BrokerLimit}), for
 * records the size of a ticket event.
 */
public final class BrokerBenchmark {

  private BrokerBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        NamedArguments.parseOrExit(
            args,
            "Usage: ./bench.sh broker [--bootstrap=127.0.0.1:9092] [--records=1000000]"
                + " [--record-size=<bytes; default: the typical ticket event on the broker>]");
    String bootstrap = options.getOrDefault("bootstrap", "127.0.0.1:9092");
    System.out.println("broker benchmark, " + MachineFacts.describe());
    BrokerLimit.measure(
            bootstrap,
            Long.parseLong(options.getOrDefault("records", "1000000")),
            RecordSize.choose(options, bootstrap))
        .print(System.out);
  }
}
