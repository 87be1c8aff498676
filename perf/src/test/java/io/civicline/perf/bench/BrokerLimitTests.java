package io.civicline.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The parsing of the perf tools' output, on what Kafka 4.1.2's tools printed on this stack. */
class BrokerLimitTests {

  private static final String PRODUCER_OUTPUT =
      """
      10877 records sent, 2174.1 records/sec (0.85 MB/sec), 514.8 ms avg latency, 2473.0 ms max latency.
      50000 records sent, 5430.1 records/sec (2.13 MB/sec), 2192.92 ms avg latency, 3143.00 ms max latency, 2641 ms 50th, 2898 ms 95th, 3055 ms 99th, 3143 ms 99.9th.
      """;

  private static final String CONSUMER_OUTPUT =
      """
      start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
      2026-11-27 08:24:23:692, 2026-11-27 08:24:26:820, 19.6457, 6.2806, 50000, 15984.6547, 1648, 1480, 13.2741, 33783.7838
      """;

  @Test
  void theProducerFiguresAreThoseOfTheSummaryNotOfAProgressLine() {
    assertThat(BrokerLimit.parseProducer(PRODUCER_OUTPUT))
        .isEqualTo(new BrokerLimit.Throughput(50_000, 5430.1, 2.13));
  }

  @Test
  void theConsumerFiguresLeaveOutTheTimeSpentJoiningTheGroup() {
    assertThat(BrokerLimit.parseConsumer(CONSUMER_OUTPUT))
        .isEqualTo(new BrokerLimit.Throughput(50_000, 33783.7838, 13.2741));
  }

  @Test
  void outputWithoutFiguresIsAnErrorThatShowsIt() {
    String failed = "org.apache.kafka.common.errors.TimeoutException: Topic not present";
    assertThatThrownBy(() -> BrokerLimit.parseProducer(failed)).hasMessageContaining(failed);
    assertThatThrownBy(() -> BrokerLimit.parseConsumer(failed)).hasMessageContaining(failed);
  }
}
