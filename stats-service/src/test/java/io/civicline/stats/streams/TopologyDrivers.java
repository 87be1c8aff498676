package io.civicline.stats.streams;

import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;

/** The stats topology in a {@link TopologyTestDriver}, exactly-once, for the city's time zone. */
final class TopologyDrivers {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private TopologyDrivers() {}

  static TopologyTestDriver start(Path stateDir) {
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "stats-service");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    return new TopologyTestDriver(
        StatsTopology.build(new HotlineFigures(SHANGHAI), new MediationFigures(SHANGHAI), config),
        config);
  }
}
