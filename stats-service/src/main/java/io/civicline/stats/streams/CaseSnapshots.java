package io.civicline.stats.streams;

import io.civicline.events.CaseEvent;
import io.civicline.stats.figures.FigureKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Keeps the newest event of each case and turns a newer one into figure deltas: for each counter,
 * what the new snapshot counts there minus what the old one did, nothing where they agree. An event
 * whose caseVersion is not newer than the stored one (a duplicate, a stale or a replayed record)
 * changes nothing, which makes the counts exact under redelivery.
 *
 * <p>The deltas are added to the figures store of the same task, in the same transaction as the
 * snapshot: the store holds this partition's share of each counter, and its cache writes each
 * counter changed once per commit to the changelog, from which {@link FigureReplica} adds the
 * partitions up. No delta crosses the network between events and counters.
 */
final class CaseSnapshots<E extends CaseEvent, S>
    implements ProcessorSupplier<String, E, Void, Void> {

  private final CaseStream<E, S> stream;

  CaseSnapshots(CaseStream<E, S> stream) {
    this.stream = stream;
  }

  @Override
  public Processor<String, E, Void, Void> get() {
    return new DeltaProcessor();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(stream.snapshotStore()),
            Serdes.String(),
            stream.eventSerde()),
        Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(stream.figuresStore()),
                Serdes.String(),
                Serdes.Long())
            .withCachingEnabled());
  }

  private Map<FigureKey, Long> countsOf(E event) {
    return stream.figures().countsOf(event == null ? null : stream.snapshot().apply(event));
  }

  private final class DeltaProcessor implements Processor<String, E, Void, Void> {

    private KeyValueStore<String, E> newest;
    private KeyValueStore<String, Long> sums;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      this.newest = context.getStateStore(stream.snapshotStore());
      this.sums = context.getStateStore(stream.figuresStore());
    }

    @Override
    public void process(Record<String, E> record) {
      E event = record.value();
      E stored = newest.get(event.caseId());
      if (stored != null && event.caseVersion() <= stored.caseVersion()) {
        return;
      }
      newest.put(event.caseId(), event);
      Map<FigureKey, Long> deltas = new LinkedHashMap<>(countsOf(event));
      countsOf(stored).forEach((key, before) -> deltas.merge(key, -before, Long::sum));
      deltas.forEach(
          (key, delta) -> {
            if (delta != 0) {
              String counter = key.encode();
              Long sum = sums.get(counter);
              sums.put(counter, (sum == null ? 0L : sum) + delta);
            }
          });
    }
  }
}
