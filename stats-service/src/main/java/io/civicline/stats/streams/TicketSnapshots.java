package io.civicline.stats.streams;

import io.civicline.events.TicketEvent;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.figures.HotlineFigures;
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
 * Keeps the newest event of each ticket and turns a newer one into figure deltas: -1 for each
 * figure key the old snapshot counted in, +1 for each key the new one counts in, nothing for keys
 * in both. An event whose caseVersion is not newer than the stored one (a duplicate, a stale or a
 * replayed record) changes nothing, which makes the counts exact under redelivery.
 */
final class TicketSnapshots implements ProcessorSupplier<String, TicketEvent, String, Long> {

  private final HotlineFigures figures;

  TicketSnapshots(HotlineFigures figures) {
    this.figures = figures;
  }

  @Override
  public Processor<String, TicketEvent, String, Long> get() {
    return new DeltaProcessor();
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(StatsTopology.TICKET_SNAPSHOTS),
            Serdes.String(),
            StatsTopology.ticketEventSerde()));
  }

  private final class DeltaProcessor implements Processor<String, TicketEvent, String, Long> {

    private ProcessorContext<String, Long> context;
    private KeyValueStore<String, TicketEvent> newest;

    @Override
    public void init(ProcessorContext<String, Long> context) {
      this.context = context;
      this.newest = context.getStateStore(StatsTopology.TICKET_SNAPSHOTS);
    }

    @Override
    public void process(Record<String, TicketEvent> record) {
      TicketEvent event = record.value();
      TicketEvent stored = newest.get(event.caseId());
      if (stored != null && event.caseVersion() <= stored.caseVersion()) {
        return;
      }
      newest.put(event.caseId(), event);
      Set<FigureKey> before = figures.keysOf(stored == null ? null : stored.snapshot());
      Set<FigureKey> after = figures.keysOf(event.snapshot());
      for (FigureKey key : before) {
        if (!after.contains(key)) {
          context.forward(new Record<>(key.encode(), -1L, record.timestamp()));
        }
      }
      for (FigureKey key : after) {
        if (!before.contains(key)) {
          context.forward(new Record<>(key.encode(), 1L, record.timestamp()));
        }
      }
    }
  }
}
