package io.civicline.localstack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The children of one run and the order they stop in: the services first (at once, up to 20 s, then
 * killed), then Kafka, then the MongoDB-wire server. Stopping happens once, on Ctrl-C, SIGTERM or a
 * failed start.
 */
final class RunningStack {

  private static final long SERVICE_GRACE_SECONDS = 20;
  private static final long KAFKA_GRACE_SECONDS = 30;
  private static final long MONGO_GRACE_SECONDS = 15;

  private final PrintStream out;
  private final List<ChildProcess> services = new ArrayList<>();
  private ChildProcess kafka;
  private ChildProcess mongo;
  private boolean stopping;

  RunningStack(PrintStream out) {
    this.out = out;
  }

  synchronized ChildProcess mongo(ChildProcess child) {
    mongo = admit(child);
    return child;
  }

  synchronized ChildProcess kafka(ChildProcess child) {
    kafka = admit(child);
    return child;
  }

  synchronized ChildProcess service(ChildProcess child) {
    services.add(admit(child));
    return child;
  }

  synchronized boolean isStopping() {
    return stopping;
  }

  /** Blocks while the children run; says so when one ends without being asked to. */
  void awaitEnd() {
    List<CompletableFuture<?>> exits = new ArrayList<>();
    for (ChildProcess child : children()) {
      exits.add(
          child
              .process()
              .onExit()
              .thenRun(
                  () -> {
                    if (!isStopping()) {
                      out.printf(
                          "%s stopped unexpectedly with exit code %d; see %s%n",
                          child.name(), child.process().exitValue(), child.log());
                    }
                  }));
    }
    CompletableFuture.allOf(exits.toArray(CompletableFuture[]::new)).join();
  }

  /** Stops every child in order and says what it stopped; later calls do nothing. */
  void stop() {
    List<ChildProcess> stoppingServices;
    ChildProcess stoppingKafka;
    ChildProcess stoppingMongo;
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
      stoppingServices = List.copyOf(services);
      stoppingKafka = kafka;
      stoppingMongo = mongo;
    }
    if (stoppingServices.isEmpty() && stoppingKafka == null && stoppingMongo == null) {
      return;
    }
    out.println("Stopping the civicline local stack ...");
    stoppingServices.forEach(service -> service.process().destroy());
    for (ChildProcess service : stoppingServices) {
      report(service, service.awaitExit(SERVICE_GRACE_SECONDS));
    }
    if (stoppingKafka != null) {
      report(stoppingKafka, stoppingKafka.stop(KAFKA_GRACE_SECONDS));
    }
    if (stoppingMongo != null) {
      report(stoppingMongo, stoppingMongo.stop(MONGO_GRACE_SECONDS));
    }
    out.println("Stopped.");
  }

  private ChildProcess admit(ChildProcess child) {
    if (stopping) {
      child.stop(MONGO_GRACE_SECONDS);
      throw new IllegalStateException("The stack is stopping");
    }
    return child;
  }

  private synchronized List<ChildProcess> children() {
    List<ChildProcess> all = new ArrayList<>(services);
    if (kafka != null) {
      all.add(kafka);
    }
    if (mongo != null) {
      all.add(mongo);
    }
    return all;
  }

  private void report(ChildProcess child, boolean stoppedInTime) {
    out.printf(
        "  stopped %s%s%n",
        child.name(), stoppedInTime ? "" : " (killed: it did not stop in time)");
  }
}
