package io.civicline.kit.testing;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The phases of a scripted day or month: each runs one step for every ticket or case of the script
 * on a fixed pool of workers and fails with the first twenty that went off script. It keeps how
 * long each phase took.
 */
public final class ScriptPhases implements AutoCloseable {

  private final ExecutorService workers;
  private final String subjects;
  private final Map<String, Long> millis = new LinkedHashMap<>();

  /** {@code subjects} names what the script plays, e.g. {@code tickets}, in failures. */
  public ScriptPhases(int workers, String subjects) {
    this.workers = Executors.newFixedThreadPool(workers);
    this.subjects = subjects;
  }

  public <T> void run(String name, List<T> script, Consumer<T> step) throws Exception {
    long start = System.nanoTime();
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    List<Future<?>> running = new ArrayList<>();
    for (T subject : script) {
      running.add(
          workers.submit(
              () -> {
                try {
                  step.accept(subject);
                } catch (RuntimeException | AssertionError e) {
                  failures.add(subject + ": " + e);
                }
              }));
    }
    for (Future<?> future : running) {
      future.get(120, TimeUnit.SECONDS);
    }
    millis.put(name, millisSince(start));
    if (!failures.isEmpty()) {
      fail(
          "phase %s: %d %s went off script, among them:%n%s",
          name,
          failures.size(),
          subjects,
          failures.stream().limit(20).collect(Collectors.joining(System.lineSeparator())));
    }
  }

  /** How long each phase took, in the order they ran. */
  public Map<String, Long> millis() {
    return millis;
  }

  public static long millisSince(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
