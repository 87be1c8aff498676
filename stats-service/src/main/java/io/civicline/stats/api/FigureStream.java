package io.civicline.stats.api;

import io.civicline.kit.problem.UnavailableException;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.Dimension;
import io.civicline.stats.figures.FigureKey;
import io.civicline.stats.figures.Period;
import io.civicline.stats.links.FigureLinks;
import io.civicline.stats.streams.FigureChange;
import io.civicline.stats.streams.FigureChanges;
import io.civicline.stats.streams.FigureCounts;
import io.civicline.stats.streams.FiguresNotReadyException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open figure streams and what feeds them. A change of a counter ({@link FigureChanges}, on a
 * Kafka Streams thread) only marks the family for the streams watching that counter's period and
 * breakdown; one scheduler thread reads the family's figures and sends them, at most once per
 * {@code coalesce} per family and stream, right away after a quiet spell. It also sends the
 * heartbeats. Stopped first when the application stops, so open streams do not hold up the web
 * server's graceful shutdown.
 */
@Component
@EnableConfigurationProperties(FigureStreamProperties.class)
class FigureStream implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(FigureStream.class);

  /** The families a stream sends, in order, by their name in the API's paths. */
  static final List<String> FAMILIES = List.of("hotline", "mediation");

  private final FigureSources sources;
  private final FigureCounts counts;
  private final FigureChanges changes;
  private final FigureStreamProperties properties;
  private final FigureLinks links;
  private final Map<String, String> familyOfStore;
  private final Set<FigureStreamClient> clients = ConcurrentHashMap.newKeySet();
  private final Semaphore places;

  private volatile ScheduledExecutorService scheduler;
  private AutoCloseable subscription;

  FigureStream(
      FigureSources sources,
      FigureCounts counts,
      FigureChanges changes,
      FigureStreamProperties properties,
      FigureLinks links) {
    this.links = links;
    this.sources = sources;
    this.counts = counts;
    this.changes = changes;
    this.properties = properties;
    this.familyOfStore =
        FAMILIES.stream()
            .collect(Collectors.toMap(family -> sources.named(family).store(), family -> family));
    this.places = new Semaphore(properties.maxClients());
  }

  /**
   * A new stream of the figures of {@code period} for {@code district} (null: the whole city),
   * whose first events are every family's figures now.
   *
   * @throws UnavailableException when {@code maxClients} streams are open or the figures cannot be
   *     read yet
   */
  SseEmitter open(Period period, String district, Breakdown breakdown) {
    if (!isRunning()) {
      throw new UnavailableException("the figure stream is not running");
    }
    if (!places.tryAcquire()) {
      throw new UnavailableException(
          "the figure stream already has its " + properties.maxClients() + " clients");
    }
    FigureStreamClient client =
        new FigureStreamClient(
            new SseEmitter(properties.timeout().toMillis()),
            period,
            district,
            breakdown,
            FAMILIES,
            properties.coalesce());
    SseEmitter emitter = client.emitter();
    emitter.onCompletion(() -> close(client));
    emitter.onTimeout(emitter::complete);
    emitter.onError(e -> close(client));
    // Listening before the first read: a change stored meanwhile is sent after the first events.
    clients.add(client);
    try {
      // Before the handler returns the emitter buffers what it is sent: no I/O happens here.
      client.sendAll(family -> read(family, client));
    } catch (IOException | RuntimeException e) {
      close(client);
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
    return emitter;
  }

  /** The number of streams open now. */
  int size() {
    return clients.size();
  }

  private FiguresView read(String family, FigureStreamClient client) {
    FigureSource source = sources.named(family);
    FigureSource.FigureValues values = source.read(counts, client.period(), client.breakdown());
    return new FiguresView(
        client.period().toString(),
        client.period().granularity(),
        source.figures().zone().getId(),
        client.district(),
        values.figures(),
        values.rates(),
        links.of(family, client.period(), client.breakdown()));
  }

  /** On a Kafka Streams thread: only marks and schedules, never reads nor sends. */
  private void changed(FigureChange change) {
    String family = familyOfStore.get(change.store());
    FigureKey key = change.key();
    Dimension dimension = key.breakdown().dimension();
    if (family == null || (dimension != Dimension.CITY && dimension != Dimension.DISTRICT)) {
      return;
    }
    long coalesce = properties.coalesce().toNanos();
    for (FigureStreamClient client : clients) {
      if (client.watches(key)) {
        long wait = client.changed(family, coalesce);
        if (wait >= 0) {
          schedule(() -> send(client, family), wait);
        }
      }
    }
  }

  private void send(FigureStreamClient client, String family) {
    if (!clients.contains(client)) {
      return;
    }
    try {
      client.send(family, name -> read(name, client));
    } catch (FiguresNotReadyException e) {
      // A rebalance or restore: the store answers again shortly, so try once more after a pause.
      long wait = client.changed(family, properties.coalesce().toNanos());
      if (wait >= 0) {
        schedule(() -> send(client, family), Math.max(wait, properties.coalesce().toNanos()));
      }
    } catch (IOException | IllegalStateException e) {
      // The client has gone or its stream has ended; the container reports it to the emitter.
      close(client);
    } catch (RuntimeException e) {
      log.warn("could not send the {} figures to a stream", family, e);
    }
  }

  private void heartbeats() {
    for (FigureStreamClient client : clients) {
      try {
        client.heartbeat();
      } catch (IOException | IllegalStateException e) {
        close(client);
      }
    }
  }

  private void schedule(Runnable task, long nanos) {
    ScheduledExecutorService running = scheduler;
    if (running == null) {
      return;
    }
    try {
      running.schedule(task, nanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // Stopping: the streams are being ended anyway.
    }
  }

  private void close(FigureStreamClient client) {
    if (clients.remove(client)) {
      places.release();
    }
  }

  @Override
  public void start() {
    ScheduledExecutorService started =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "figure-stream");
              thread.setDaemon(true);
              return thread;
            });
    long heartbeat = properties.heartbeat().toMillis();
    started.scheduleAtFixedRate(this::heartbeats, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    scheduler = started;
    subscription = changes.subscribe(this::changed);
  }

  /** Ends every open stream; the browsers reconnect to whichever instance answers next. */
  @Override
  public void stop() {
    try {
      subscription.close();
    } catch (Exception e) {
      log.warn("could not unsubscribe from the figure changes", e);
    }
    ScheduledExecutorService stopped = scheduler;
    scheduler = null;
    stopped.shutdownNow();
    for (FigureStreamClient client : clients) {
      close(client);
      client.emitter().complete();
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }
}
