package io.civicline.stats.streams;

import io.civicline.events.CaseEvent;
import io.civicline.events.EventJson;
import io.civicline.events.MediationCaseEvent;
import io.civicline.events.MediationCaseSnapshot;
import io.civicline.events.TicketEvent;
import io.civicline.events.TicketSnapshot;
import io.civicline.events.Topics;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The stats topology and the one place naming its topics and stores. Each event topic is read
 * (unreadable records go to its dead-letter topic), kept per case in a snapshot store, turned into
 * deltas per figure key and summed, per partition of the topic, into a figures store: {@link
 * #HOTLINE_FIGURES} for tickets, {@link #MEDIATION_FIGURES} for mediation cases. Each instance
 * holds the partitions of its tasks; queries read the whole city from the stores' changelogs,
 * adding the partitions up ({@link FigureCounts}).
 */
public final class StatsTopology {

  /** Input: every change of a hotline ticket, key = ticket id, CloudEvents binary mode. */
  public static final String TICKET_EVENTS = Topics.TICKET_EVENTS;

  /**
   * Unreadable ticket event records, with the error in {@link DeadLetterHeaders}: {@code
   * Topics.deadLetterOf(TICKET_EVENTS)}, spelled as a constant so that annotations can use it.
   */
  public static final String TICKET_EVENTS_DLQ = Topics.TICKET_EVENTS + Topics.DLQ_SUFFIX;

  /**
   * Per-case store: ticket id → newest {@link TicketEvent} (its caseVersion and snapshot), as JSON.
   */
  public static final String TICKET_SNAPSHOTS = "ticket-snapshots";

  /** Figures store: encoded {@code FigureKey} → this partition's count, for the hotline figures. */
  public static final String HOTLINE_FIGURES = "hotline-figures";

  /** Input: every change of a mediation case, key = case id, CloudEvents binary mode. */
  public static final String CASE_EVENTS = Topics.CASE_EVENTS;

  /** Unreadable mediation case event records, as {@link #TICKET_EVENTS_DLQ} for tickets. */
  public static final String CASE_EVENTS_DLQ = Topics.CASE_EVENTS + Topics.DLQ_SUFFIX;

  /** Per-case store: case id → newest {@link MediationCaseEvent}, as JSON. */
  public static final String CASE_SNAPSHOTS = "mediation-case-snapshots";

  /** Figures store: encoded {@code FigureKey} → count, for the mediation figures. */
  public static final String MEDIATION_FIGURES = "mediation-figures";

  /** Both figures stores, whose changelogs every instance reads. */
  public static final List<String> FIGURES_STORES = List.of(HOTLINE_FIGURES, MEDIATION_FIGURES);

  private StatsTopology() {}

  /**
   * The changelog topic Kafka Streams keeps for {@code store} of the application {@code
   * applicationId}: compacted, every sum the store takes, written in the topology's transactions.
   */
  public static String changelogOf(String applicationId, String store) {
    return applicationId + "-" + store + "-changelog";
  }

  /** Adds the hotline part of the topology to {@code builder}; returns its source stream. */
  public static KStream<String, byte[]> addTo(StreamsBuilder builder, HotlineFigures figures) {
    return addTo(builder, tickets(figures));
  }

  /** Adds the mediation part of the topology to {@code builder}; returns its source stream. */
  public static KStream<String, byte[]> addTo(StreamsBuilder builder, MediationFigures figures) {
    return addTo(builder, mediationCases(figures));
  }

  /** The whole topology on its own builder, as {@code TopologyTestDriver} tests use it. */
  public static Topology build(
      HotlineFigures hotline, MediationFigures mediation, Properties config) {
    StreamsBuilder builder = new StreamsBuilder();
    addTo(builder, hotline);
    addTo(builder, mediation);
    return builder.build(config);
  }

  static CaseStream<TicketEvent, TicketSnapshot> tickets(HotlineFigures figures) {
    return new CaseStream<>(
        "ticket",
        TICKET_EVENTS,
        TICKET_EVENTS_DLQ,
        "civicline.ticket.",
        TICKET_SNAPSHOTS,
        HOTLINE_FIGURES,
        EventJson::readTicketEvent,
        TicketEvent::snapshot,
        figures);
  }

  static CaseStream<MediationCaseEvent, MediationCaseSnapshot> mediationCases(
      MediationFigures figures) {
    return new CaseStream<>(
        "case",
        CASE_EVENTS,
        CASE_EVENTS_DLQ,
        "civicline.case.",
        CASE_SNAPSHOTS,
        MEDIATION_FIGURES,
        EventJson::readMediationCaseEvent,
        MediationCaseEvent::snapshot,
        figures);
  }

  private static <E extends CaseEvent, S> KStream<String, byte[]> addTo(
      StreamsBuilder builder, CaseStream<E, S> stream) {
    String name = stream.name();
    KStream<String, byte[]> source =
        builder.stream(
            stream.topic(),
            Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-events"));
    source
        .processValues(() -> new CaseEventReader<>(stream), Named.as("read-" + name + "-event"))
        .split(Named.as(name + "-event-"))
        .branch(
            (caseId, read) -> read.isMalformed(),
            Branched.withConsumer(malformed -> toDeadLetters(malformed, stream), "malformed"))
        .defaultBranch(Branched.withConsumer(good -> countFigures(good, stream), "readable"));
    return source;
  }

  private static <E extends CaseEvent> void toDeadLetters(
      KStream<String, CaseEventRead<E>> malformed, CaseStream<E, ?> stream) {
    malformed
        .mapValues(CaseEventRead::raw, Named.as(stream.name() + "-original-value"))
        .to(
            stream.deadLetterTopic(),
            Produced.with(Serdes.String(), Serdes.ByteArray())
                .withName(stream.name() + "-events-dlq"));
  }

  private static <E extends CaseEvent, S> void countFigures(
      KStream<String, CaseEventRead<E>> readable, CaseStream<E, S> stream) {
    readable.process(new CaseSnapshots<>(stream), Named.as(stream.name() + "-figures"));
  }
}
