package io.civicline.stats.streams;

import io.civicline.events.CaseEvent;
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
 * snapshot: the store holds this partition's share of each counter, and {@link FigureDeltas} writes
 * each counter changed once per commit to the changelog, from which {@link FigureReplica} adds the
 * partitions up. No delta crosses the network between events and counters.
 *
 * <p>The snapshot store keeps each case's newest event as the JSON it arrived as: read back only
 * when the case changes again, never written anew.
 */
final class CaseSnapshots<E extends CaseEvent, S>
    implements ProcessorSupplier<String, CaseEventRead<E>, Void, Void> {

  private final CaseStream<E, S> stream;

  CaseSnapshots(CaseStream<E, S> stream) {
    this.stream = stream;
  }

  @Override
  public Processor<String, CaseEventRead<E>, Void, Void> get() {
    return new DeltaProcessor();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(stream.snapshotStore()),
            Serdes.String(),
            Serdes.ByteArray()),
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(stream.figuresStore()), Serdes.String(), Serdes.Long()),
        FigureDeltas.builder(stream.deltasStore()));
  }

  private final class DeltaProcessor implements Processor<String, CaseEventRead<E>, Void, Void> {

    private KeyValueStore<String, byte[]> newest;
    private FigureDeltas deltas;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      this.newest = context.getStateStore(stream.snapshotStore());
      this.deltas = context.getStateStore(stream.deltasStore());
      deltas.addTo(context.getStateStore(stream.figuresStore()));
    }

    @Override
    public void process(Record<String, CaseEventRead<E>> record) {
      CaseEventRead<E> read = record.value();
      E event = read.event();
      byte[] storedJson = newest.get(event.caseId());
      E stored = storedJson == null ? null : stream.reader().apply(storedJson);
      if (stored != null && event.caseVersion() <= stored.caseVersion()) {
        return;
      }
      newest.put(event.caseId(), read.raw());
      read.counts().forEach(deltas::add);
      stream.countsOf(stored).forEach((key, count) -> deltas.add(key, -count));
    }
  }
}
