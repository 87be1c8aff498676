package io.civicline.stats.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

class KafkaStreamsHealthIndicatorTests {

  private final StreamsBuilderFactoryBean factory = mock(StreamsBuilderFactoryBean.class);
  private final KafkaStreams streams = mock(KafkaStreams.class);
  private final KafkaStreamsHealthIndicator indicator = new KafkaStreamsHealthIndicator(factory);

  @ParameterizedTest
  @EnumSource(names = {"RUNNING", "REBALANCING"})
  void isUpWhileRunningOrRebalancing(KafkaStreams.State state) {
    given(factory.getKafkaStreams()).willReturn(streams);
    given(streams.state()).willReturn(state);

    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("state", state.name());
  }

  @ParameterizedTest
  @EnumSource(names = {"CREATED", "ERROR", "PENDING_SHUTDOWN", "NOT_RUNNING", "PENDING_ERROR"})
  void isDownInEveryOtherStateAndSaysWhich(KafkaStreams.State state) {
    given(factory.getKafkaStreams()).willReturn(streams);
    given(streams.state()).willReturn(state);

    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("state", state.name());
  }

  @Test
  void isDownBeforeTheStreamExists() {
    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("state", "NOT_CREATED");
  }
}
