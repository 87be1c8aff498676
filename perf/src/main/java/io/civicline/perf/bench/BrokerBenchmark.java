package io.civicline.perf.bench;

import io.civicline.perf.Arguments;
import java.util.Map;

/**
 * The broker benchmark ({@code ./bench.sh broker}): the limit of the running stack's Kafka broker
 * ({@code ./run.sh}), measured with Apache Kafka's own perf tools (see {@link BrokerLimit}), for
 * records the size of a ticket event.
 */
public final class BrokerBenchmark {

  private BrokerBenchmark() {}

  public static void main(String[] args) throws Exception {
    Arguments options =
        Arguments.parseOrExit(
            args,
            Arguments.withAddresses(Map.of("records", "1000000", "record-size", ""), "bootstrap"),
            "Usage: ./bench.sh broker [--bootstrap=127.0.0.1:9092] [--records=1000000]"
                + " [--record-size=<bytes; default: the typical ticket event on the broker>]\n");
    String bootstrap = options.text("bootstrap");
    System.out.println("broker benchmark, " + MachineFacts.describe());
    BrokerLimit.measure(
            bootstrap, options.longNumber("records", 1), RecordSize.choose(options, bootstrap))
        .print(System.out);
  }
}
