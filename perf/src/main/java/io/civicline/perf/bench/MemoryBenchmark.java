package io.civicline.perf.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.civicline.localstack.MongoWireServerProcess;
import io.civicline.perf.Arguments;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * The memory benchmark ({@code ./bench.sh memory}): the heap and resident memory of each process of
 * a running stack, then again once hotline holds {@code --cases} tickets, mediation as many cases
 * and stats-service has counted as many tickets, and each service has answered its everyday queries
 * over them. Tickets and cases are copies of the finished ones the stack holds (run {@code
 * ./load.sh} first), inserted straight into the MongoDB-wire server; stats-service gets a year of
 * ticket events on its topic. Meant for the file backend: the memory backend's heap does not hold
 * two million documents.
 */
public final class MemoryBenchmark {

  private static final String USAGE =
      "Usage: ./bench.sh memory [--cases=1000000] [--year=2025] [--mongo=mongodb://127.0.0.1:27017]"
          + " [--hotline=http://127.0.0.1:8081] [--mediation=http://127.0.0.1:8082]"
          + " [--stats=http://127.0.0.1:8083] [--bootstrap=127.0.0.1:9092]\n";

  private static final int TEMPLATES = 1_000;

  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

  private final PrintStream out;

  MemoryBenchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Arguments options =
        Arguments.parseOrExit(
            args,
            Arguments.withAddresses(
                Map.of("cases", "1000000", "year", "2025"),
                "mongo",
                "hotline",
                "mediation",
                "stats",
                "bootstrap"),
            USAGE);
    new MemoryBenchmark(System.out)
        .run(
            options.number("cases", 1),
            options.number("year", 1),
            options.text("mongo"),
            options.text("hotline"),
            options.text("mediation"),
            options.text("stats"),
            options.text("bootstrap"));
  }

  void run(
      int cases,
      int year,
      String mongo,
      String hotline,
      String mediation,
      String stats,
      String bootstrap)
      throws Exception {
    out.println("memory benchmark, " + MachineFacts.describe());
    Map<String, ProcessHandle> processes = new LinkedHashMap<>();
    processes.put("hotline-service", service("hotline-service", hotline));
    processes.put("mediation-service", service("mediation-service", mediation));
    processes.put("stats-service", service("stats-service", stats));
    processes.put("MongoWireServer", mongoWireServer(URI.create(mongo).getPort()));
    processes.forEach(
        (name, process) ->
            out.printf(
                "%-18s pid %d: %s%n",
                name, process.pid(), process.info().commandLine().orElse("")));

    Map<String, ProcessMemory> before = measure(processes);
    out.printf("%nfilling every store up to %,d ...%n", cases);
    long started = System.nanoTime();
    try (MongoClient client = MongoClients.create(mongo)) {
      MongoDatabase tickets = client.getDatabase("hotline");
      MongoDatabase disputes = client.getDatabase("mediation");
      long ticketCopies =
          fill(
              tickets.getCollection("tickets"),
              "ticket",
              new Document("ticket.status", "CLOSED"),
              cases);
      long caseCopies =
          fill(
              disputes.getCollection("cases"),
              "mediationCase",
              new Document("mediationCase.status", "CLOSED")
                  .append("mediationCase.intake.referral", new Document("$exists", false)),
              cases);
      out.printf(
          "inserted %,d ticket and %,d case copies in %.0f s; the stores hold %,d tickets and %,d"
              + " cases%n",
          ticketCopies,
          caseCopies,
          (System.nanoTime() - started) / 1e9,
          tickets.getCollection("tickets").estimatedDocumentCount(),
          disputes.getCollection("cases").estimatedDocumentCount());
    }
    YearOfTicketEvents.fill(cases, year, bootstrap, stats, new DemoUserClient("manager"), out);
    // Measured before the queries below: on the embedded server a list sorted over the whole
    // collection may not come back at all.
    Map<String, ProcessMemory> after = measure(processes);
    print(processes, before, after);

    out.println();
    out.printf(
        "everyday queries over the full stores (the first of each, then a second; at most %d s):%n",
        QUERY_TIMEOUT.toSeconds());
    DemoUserClient manager = new DemoUserClient("manager", QUERY_TIMEOUT);
    query(manager, "year's summary", stats + "/api/stats/hotline?period=" + year);
    query(
        manager, "year by district", stats + "/api/stats/hotline?period=" + year + "&by=district");
    DemoUserClient mediator = new DemoUserClient("mediator", QUERY_TIMEOUT);
    query(mediator, "newest cases", mediation + "/api/cases?page=0&size=20");
    DemoUserClient agent = new DemoUserClient("agent", QUERY_TIMEOUT);
    query(agent, "tickets by text", hotline + "/api/tickets?q=%E8%B7%AF%E7%81%AF&page=0&size=20");
    query(agent, "closed tickets", hotline + "/api/tickets?status=CLOSED&page=0&size=20");
    query(agent, "newest tickets", hotline + "/api/tickets?page=0&size=20");
  }

  /** Copies of the finished documents, so that no copy wakes the SLA watcher or another job. */
  private long fill(
      MongoCollection<Document> collection, String aggregate, Document finished, int target) {
    DocumentClones clones = new DocumentClones(collection);
    return clones.fillUpTo(
        target, clones.templates(finished, TEMPLATES), DocumentClones.renumbered(aggregate), out);
  }

  private void print(
      Map<String, ProcessHandle> processes,
      Map<String, ProcessMemory> before,
      Map<String, ProcessMemory> after) {
    out.println();
    out.printf(
        "%-18s %15s %15s %15s %12s %12s%n",
        "process",
        "heap before MiB",
        "heap after MiB",
        "heap committed",
        "RSS before",
        "RSS after");
    for (String name : processes.keySet()) {
      ProcessMemory was = before.get(name);
      ProcessMemory is = after.get(name);
      out.printf(
          "%-18s %,15.0f %,15.0f %,15.0f %,12.0f %,12.0f%n",
          name,
          mebibytes(was.heapUsed()),
          mebibytes(is.heapUsed()),
          mebibytes(is.heapCommitted()),
          mebibytes(was.resident()),
          mebibytes(is.resident()));
    }
    out.println(
        "heap: live after a full collection (jcmd GC.run); RSS: resident set (VmRSS), MiB;"
            + " before: the stack as found, after: with the full stores");
  }

  private Map<String, ProcessMemory> measure(Map<String, ProcessHandle> processes) {
    Map<String, ProcessMemory> readings = new LinkedHashMap<>();
    processes.forEach(
        (name, process) -> readings.put(name, ProcessMemory.afterFullCollection(process)));
    return readings;
  }

  private void query(DemoUserClient user, String label, String url) throws InterruptedException {
    List<String> times = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      long sent = System.nanoTime();
      try {
        user.get(url);
        times.add(String.format("%,.1f ms", (System.nanoTime() - sent) / 1e6));
      } catch (IOException e) {
        times.add("no answer: " + e);
        break;
      }
    }
    out.printf("  %-18s %s  (%s)%n", label, String.join(", ", times), url);
  }

  private static double mebibytes(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  /** The service's JVM: its jar on the command line, with the port of {@code url}. */
  private static ProcessHandle service(String name, String url) {
    String port = "--server.port=" + URI.create(url).getPort();
    return find(name, line -> line.contains(name + ".jar") && line.contains(port));
  }

  private static ProcessHandle mongoWireServer(int port) {
    return find(
        "the MongoDB-wire server on port " + port,
        line ->
            line.contains(MongoWireServerProcess.MAIN_CLASS + " ")
                && line.contains(" " + port + " "));
  }

  private static ProcessHandle find(String what, Predicate<String> commandLine) {
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().filter(commandLine).isPresent())
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("no running process of " + what + " on this machine"));
  }
}
