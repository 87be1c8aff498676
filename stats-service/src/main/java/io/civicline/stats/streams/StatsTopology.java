package io.civicline.stats.streams;

import io.civicline.events.EventJson;
import io.civicline.events.TicketEvent;
import io.civicline.events.Topics;
import io.civicline.stats.figures.HotlineFigures;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stats topology and the one place naming its topics, stores and serdes. Ticket events are read
 * (unreadable ones go to the dead-letter topic), kept per case in {@link #TICKET_SNAPSHOTS}, turned
 * into ±1 deltas per figure key, repartitioned by that key and summed into {@link
 * #HOTLINE_FIGURES}.
 */
public final class StatsTopology {

  /** Input: every change of a hotline ticket, key = ticket id, CloudEvents binary mode. */
  public static final String TICKET_EVENTS = Topics.TICKET_EVENTS;

  /**
   * Unreadable ticket event records, with the error in {@link DeadLetterHeaders}: {@code
   * Topics.deadLetterOf(TICKET_EVENTS)}, spelled as a constant so that annotations can use it.
   */
  public static final String TICKET_EVENTS_DLQ = Topics.TICKET_EVENTS + Topics.DLQ_SUFFIX;

  /** Per-case store: ticket id → newest {@link TicketEvent} (its caseVersion and snapshot). */
  public static final String TICKET_SNAPSHOTS = "ticket-snapshots";

  /** Queryable store: encoded {@code FigureKey} → count. */
  public static final String HOTLINE_FIGURES = "hotline-figures";

  /**
   * Name of the deltas' repartition topic: {@code
   * <application.id>-hotline-figure-deltas-repartition}.
   */
  public static final String HOTLINE_FIGURE_DELTAS = "hotline-figure-deltas";

  private StatsTopology() {}

  /** Adds the topology to {@code builder}; returns the source stream. */
  public static KStream<String, byte[]> addTo(StreamsBuilder builder, HotlineFigures figures) {
    KStream<String, byte[]> source =
        builder.stream(
            TICKET_EVENTS,
            Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("ticket-events"));
    source
        .processValues(() -> new TicketEventReader(figures), Named.as("read-ticket-event"))
        .split(Named.as("ticket-event-"))
        .branch(
            (caseId, read) -> read.isMalformed(),
            Branched.withConsumer(StatsTopology::toDeadLetters, "malformed"))
        .defaultBranch(Branched.withConsumer(good -> countFigures(good, figures), "readable"));
    return source;
  }

  /** The whole topology on its own builder, as {@code TopologyTestDriver} tests use it. */
  public static Topology build(HotlineFigures figures, Properties config) {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder, figures);
    return builder.build(config);
  }

  public static Serde<TicketEvent> ticketEventSerde() {
    return Serdes.serdeFrom(
        (topic, event) -> event == null ? null : EventJson.write(event),
        (topic, data) -> data == null ? null : EventJson.readTicketEvent(data));
  }

  private static void toDeadLetters(KStream<String, TicketEventRead> malformed) {
    malformed
        .mapValues(TicketEventRead::raw, Named.as("original-value"))
        .to(
            TICKET_EVENTS_DLQ,
            Produced.with(Serdes.String(), Serdes.ByteArray()).withName("ticket-events-dlq"));
  }

  private static void countFigures(
      KStream<String, TicketEventRead> readable, HotlineFigures figures) {
    readable
        .mapValues(TicketEventRead::event, Named.as("ticket-event"))
        .process(new TicketSnapshots(figures), Named.as("ticket-figure-deltas"))
        .repartition(
            Repartitioned.with(Serdes.String(), Serdes.Long()).withName(HOTLINE_FIGURE_DELTAS))
        .groupByKey(Grouped.with(Serdes.String(), Serdes.Long()))
        .reduce(
            Long::sum,
            Named.as("sum-figure-deltas"),
            Materialized.<String, Long, KeyValueStore<Bytes, byte[]>>as(HOTLINE_FIGURES)
                .withKeySerde(Serdes.String())
                .withValueSerde(Serdes.Long()));
  }
}
