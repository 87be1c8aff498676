package io.civicline.wirestore;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;

/**
 * Creates tickets at a steady rate until closed, each on one of a pool of threads as requests of a
 * service would (their commits are then grouped). A create's latency counts from when it was due,
 * so a stall also delays the creates queued behind it.
 */
final class SteadyCreates implements AutoCloseable {

  private static final int THREADS = 16;

  private final Latencies latencies = new Latencies();
  private final ExecutorService workers = Executors.newFixedThreadPool(THREADS);
  private final Thread clock;
  private volatile boolean running = true;

  private SteadyCreates(
      MongoCollection<Document> tickets, BenchDocuments make, long firstNumber, int perSecond) {
    clock =
        new Thread(
            () -> {
              long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
              long due = System.nanoTime();
              for (long n = firstNumber; running; n++) {
                LockSupport.parkNanos(due - System.nanoTime());
                long number = n;
                long dueAt = due;
                workers.execute(
                    () -> {
                      tickets.insertOne(make.ticket(number, Instant.now()));
                      latencies.add(System.nanoTime() - dueAt);
                    });
                due += interval;
              }
            },
            "steady-creates");
  }

  static SteadyCreates start(
      MongoCollection<Document> tickets, BenchDocuments make, long firstNumber, int perSecond) {
    SteadyCreates creates = new SteadyCreates(tickets, make, firstNumber, perSecond);
    creates.clock.start();
    return creates;
  }

  Latencies latencies() {
    return latencies;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    clock.join();
    workers.shutdown();
    workers.awaitTermination(1, TimeUnit.MINUTES);
  }
}
