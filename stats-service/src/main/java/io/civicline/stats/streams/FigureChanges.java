package io.civicline.stats.streams;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells subscribers of every counter that changed in the city's figures, as soon as this instance
 * answers queries with the new count. Listeners are called on the thread reading the figures: they
 * must return at once (hand work to another thread) and must not throw.
 */
@Component
public class FigureChanges {

  private static final Logger log = LoggerFactory.getLogger(FigureChanges.class);

  private final List<Consumer<FigureChange>> listeners = new CopyOnWriteArrayList<>();

  /** Calls {@code listener} for every change from now on, until the returned handle is closed. */
  public AutoCloseable subscribe(Consumer<FigureChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Whether anyone listens: decoding a change costs, so publishers may skip it otherwise. */
  public boolean isWatched() {
    return !listeners.isEmpty();
  }

  /** Called for every counter stored. */
  public void publish(FigureChange change) {
    for (Consumer<FigureChange> listener : listeners) {
      try {
        listener.accept(change);
      } catch (RuntimeException e) {
        // One broken subscriber must not stop the stream nor the others.
        log.warn("a figure change listener failed", e);
      }
    }
  }
}
