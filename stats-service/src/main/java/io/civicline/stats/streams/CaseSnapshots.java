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
 */
final class CaseSnapshots<E extends CaseEvent, S>
    implements ProcessorSupplier<String, E, String, Long> {

  private final CaseStream<E, S> stream;

  CaseSnapshots(CaseStream<E, S> stream) {
    this.stream = stream;
  }

  @Override
  public Processor<String, E, String, Long> get() {
    return new DeltaProcessor();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(stream.snapshotStore()),
            Serdes.String(),
            stream.eventSerde()));
  }

  private Map<FigureKey, Long> countsOf(E event) {
    return stream.figures().countsOf(event == null ? null : stream.snapshot().apply(event));
  }

  private final class DeltaProcessor implements Processor<String, E, String, Long> {

    private ProcessorContext<String, Long> context;
    private KeyValueStore<String, E> newest;

    @Override
    public void init(ProcessorContext<String, Long> context) {
      this.context = context;
      this.newest = context.getStateStore(stream.snapshotStore());
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
              context.forward(new Record<>(key.encode(), delta, record.timestamp()));
            }
          });
    }
  }
}
