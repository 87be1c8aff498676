package io.civicline.stats.reference;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.CompressionType;
import org.rocksdb.Env;
import org.rocksdb.Options;
import org.rocksdb.RocksMemEnv;

/**
 * RocksDB files in memory, uncompressed, for the test driver only: it commits after every record,
 * and each commit flushes every store to a new file, which made a run of a thousand journeys take
 * minutes. The topology's logic is the same, only where its stores keep their bytes differs.
 */
public final class InMemoryRocksDb implements RocksDBConfigSetter {

  private static final Env MEMORY = new RocksMemEnv(Env.getDefault());

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    options.setEnv(MEMORY);
    options.setCompressionType(CompressionType.NO_COMPRESSION);
    // each commit's flush adds a level-0 file; merging them into level 1 every 4 rewrote the
    // whole store every few records
    options.setLevel0FileNumCompactionTrigger(32);
    options.setLevel0SlowdownWritesTrigger(64);
    options.setLevel0StopWritesTrigger(96);
  }

  @Override
  public void close(String storeName, Options options) {}
}
