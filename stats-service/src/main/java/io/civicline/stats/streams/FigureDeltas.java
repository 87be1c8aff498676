package io.civicline.stats.streams;

import io.civicline.stats.figures.FigureKey;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * The figure deltas of the events a task processed since its last commit, summed per counter in
 * memory and added to the figures store just before the commit: each counter once, none whose
 * deltas cancelled out (a case moving from one district and back). Adding each delta to the store
 * as it came cost a lookup and an update of Kafka Streams' record cache (a tree of byte keys) per
 * counter and event: most of a rebuild's time. The figures store then needs no cache of its own.
 *
 * <p>The moment before a commit is known through the interface Kafka Streams' caches use: before a
 * task commits it calls {@link #flushCache()} on every store that is a {@link CachedStateStore}, so
 * the counts reach the changelog in the transaction that commits the events they came from. That
 * interface is internal to Kafka Streams: if an upgrade stops calling it, no count is stored and
 * the topology tests fail. Deltas still here when a task is closed without a commit are dropped, as
 * are the uncommitted events they came from, which are processed again.
 */
final class FigureDeltas implements StateStore, CachedStateStore<String, Long> {

  private final String name;
  private final Map<FigureKey, Long> pending = new HashMap<>();
  private KeyValueStore<String, Long> figures;
  private boolean open;

  private FigureDeltas(String name) {
    this.name = name;
  }

  /** Builds the store {@code name}: in memory, without a changelog of its own. */
  static StoreBuilder<FigureDeltas> builder(String name) {
    return new Builder(name);
  }

  /** The figures store the deltas are added to; set by the processor that adds deltas. */
  void addTo(KeyValueStore<String, Long> figures) {
    this.figures = figures;
  }

  /** Adds {@code delta} to the counter {@code key} at the next commit. */
  void add(FigureKey key, long delta) {
    pending.merge(key, delta, Long::sum);
  }

  @Override
  public void flushCache() {
    pending.forEach(
        (key, delta) -> {
          if (delta != 0) {
            String counter = key.encode();
            Long sum = figures.get(counter);
            figures.put(counter, (sum == null ? 0L : sum) + delta);
          }
        });
    pending.clear();
  }

  @Override
  public void clearCache() {
    pending.clear();
  }

  @Override
  public boolean setFlushListener(CacheFlushListener<String, Long> listener, boolean oldValues) {
    return false;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void init(StateStoreContext context, StateStore root) {
    context.register(root, (key, value) -> {});
    open = true;
  }

  @Override
  public void flush() {
    flushCache();
  }

  @Override
  public void close() {
    pending.clear();
    open = false;
  }

  @Override
  public boolean persistent() {
    return false;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  private record Builder(String name) implements StoreBuilder<FigureDeltas> {

    @Override
    public FigureDeltas build() {
      return new FigureDeltas(name);
    }

    @Override
    public boolean loggingEnabled() {
      return false;
    }

    @Override
    public Map<String, String> logConfig() {
      return Map.of();
    }

    @Override
    public StoreBuilder<FigureDeltas> withCachingEnabled() {
      return this;
    }

    @Override
    public StoreBuilder<FigureDeltas> withCachingDisabled() {
      return this;
    }

    @Override
    public StoreBuilder<FigureDeltas> withLoggingEnabled(Map<String, String> config) {
      throw new UnsupportedOperationException("the deltas live until the next commit only");
    }

    @Override
    public StoreBuilder<FigureDeltas> withLoggingDisabled() {
      return this;
    }
  }
}
