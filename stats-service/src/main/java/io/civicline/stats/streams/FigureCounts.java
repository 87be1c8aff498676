package io.civicline.stats.streams;

import io.civicline.stats.figures.FigureKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Reads counts from a local figures store ({@link StatsTopology#HOTLINE_FIGURES} or {@link
 * StatsTopology#MEDIATION_FIGURES}). A key never counted is 0. Until the stream is RUNNING the
 * store cannot be read and this throws {@link FiguresNotReadyException}.
 */
@Component
public class FigureCounts {

  private final StreamsBuilderFactoryBean streams;

  FigureCounts(StreamsBuilderFactoryBean streams) {
    this.streams = streams;
  }

  /** The count of each key in {@code storeName}, in the order given. */
  public Map<FigureKey, Long> of(String storeName, List<FigureKey> keys) {
    ReadOnlyKeyValueStore<String, Long> store = store(storeName);
    Map<FigureKey, Long> counts = new LinkedHashMap<>();
    try {
      for (FigureKey key : keys) {
        Long count = store.get(key.encode());
        counts.put(key, count == null ? 0L : count);
      }
    } catch (InvalidStateStoreException e) {
      throw new FiguresNotReadyException("the figures store moved while being read", e);
    }
    return counts;
  }

  private ReadOnlyKeyValueStore<String, Long> store(String storeName) {
    KafkaStreams kafkaStreams = streams.getKafkaStreams();
    if (kafkaStreams == null) {
      throw new FiguresNotReadyException("the stream has not been created yet");
    }
    KafkaStreams.State state = kafkaStreams.state();
    if (state != KafkaStreams.State.RUNNING) {
      throw new FiguresNotReadyException("the stream is " + state);
    }
    try {
      return kafkaStreams.store(
          StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.keyValueStore()));
    } catch (InvalidStateStoreException e) {
      throw new FiguresNotReadyException("the figures store is not queryable yet", e);
    }
  }
}
