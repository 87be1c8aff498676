package io.civicline.perf.load;

import io.civicline.events.ReferenceData;
import io.civicline.localstack.DemoUsers;
import io.civicline.perf.Arguments;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load generator ({@code ./load.sh}): plans a city's year (or a share of it), works every
 * ticket and case through the real APIs from several concurrent clients, then waits until
 * stats-service's figures of the year equal those computed from its own record, printing every
 * difference that remains. Exit code 0 when there is none and every journey went as planned.
 */
public final class CityLoad {

  static final int EXIT_DIFFERENT = 1;
  static final int EXIT_USAGE = 2;

  private static final Duration PROGRESS = Duration.ofSeconds(10);

  private final PrintStream out;

  public CityLoad(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    System.exit(new CityLoad(System.out).run(args));
  }

  /** Runs the load of {@code args}; returns the exit code. */
  public int run(String... args) {
    LoadOptions options;
    try {
      if (Arguments.wantsHelp(args)) {
        out.print(LoadOptions.usage());
        return 0;
      }
      options = LoadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage() + "\n\n" + LoadOptions.usage());
      return EXIT_USAGE;
    }
    ReferenceData reference = ReferenceData.defaults();
    ZoneId zone = ZoneId.of(reference.city().zone());
    LoadPlan plan = new LoadPlan(options.mix(), reference, options.seed());
    DeskClient http = new DeskClient(demoUsers(reference));
    Desks desks = new Desks(http, options.hotlineUrl(), options.mediationUrl(), plan, zone);
    out.printf(
        "load %s: %,d tickets and %,d cases (%,d of them referrals), %d clients, seed %d%n",
        options.preset(),
        plan.tickets.size(),
        plan.cases.size(),
        plan.cases.stream().filter(c -> c.referredFrom != null).count(),
        options.clients(),
        options.seed());

    int year = Instant.now().atZone(zone).getYear();
    // The figures before the run: the run's record adds to them.
    FigureComparison before = new FigureComparison(http, options.statsUrl(), year);
    Map<Slice, Map<String, Long>> hotlineBefore;
    Map<Slice, Map<String, Long>> mediationBefore;
    try {
      hotlineBefore = before.counts("hotline", ExpectedFigures.HOTLINE_BREAKDOWNS);
      mediationBefore = before.counts("mediation", ExpectedFigures.MEDIATION_BREAKDOWNS);
    } catch (LoadStepException e) {
      out.println("the stats API did not answer before the run: " + e.getMessage());
      return EXIT_DIFFERENT;
    }
    long started = System.nanoTime();
    List<String> failures = work(plan, desks, options.clients(), http);
    double seconds = (System.nanoTime() - started) / 1e9;
    out.printf(
        "worked in %.1f s: %,.0f tickets/s, %,d requests (%,.0f/s), %d answers 5xx, %d journeys"
            + " failed%n",
        seconds,
        plan.tickets.size() / seconds,
        http.requests(),
        http.requests() / seconds,
        http.serverErrors(),
        failures.size());
    failures.stream().limit(20).forEach(failure -> out.println("  failed: " + failure));
    if (Instant.now().atZone(zone).getYear() != year) {
      out.println("the run crossed into a new year: its figures are in two; run it again");
      return EXIT_DIFFERENT;
    }

    List<String> differences =
        settle(
            options,
            http,
            Map.of(
                "hotline",
                ExpectedFigures.hotline(
                    plan.tickets, hotlineBefore, at -> at.atZone(zone).getYear() == year),
                "mediation",
                ExpectedFigures.mediation(plan.cases, reference, mediationBefore)),
            reference,
            year);
    if (differences.isEmpty()) {
      return failures.isEmpty() && http.serverErrors() == 0 ? 0 : EXIT_DIFFERENT;
    }
    out.printf("%d figures differ from the load's record:%n", differences.size());
    differences.stream().limit(100).forEach(line -> out.println("  " + line));
    return EXIT_DIFFERENT;
  }

  /** Works every item of the plan from {@code clients} threads; returns the failed journeys. */
  private List<String> work(LoadPlan plan, Desks desks, int clients, DeskClient http) {
    Queue<Object> queue = new ConcurrentLinkedQueue<>(plan.order);
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger done = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread thread =
          new Thread(
              () -> {
                Object item;
                while ((item = queue.poll()) != null) {
                  try {
                    if (item instanceof TicketRecord ticket) {
                      desks.work(ticket);
                    } else {
                      desks.work((CaseRecord) item);
                    }
                  } catch (RuntimeException e) {
                    failed(item, e);
                    failures.add(item + ": " + e.getMessage());
                  }
                  done.incrementAndGet();
                }
              },
              "load-client-" + i);
      thread.start();
      threads.add(thread);
    }
    int total = plan.order.size();
    long last = System.nanoTime();
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        try {
          thread.join(1_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return List.copyOf(failures);
        }
        if (System.nanoTime() - last > PROGRESS.toNanos()) {
          last = System.nanoTime();
          out.printf(
              "  %,d of %,d journeys done, %,d requests%n", done.get(), total, http.requests());
        }
      }
    }
    return List.copyOf(failures);
  }

  /** A ticket's failure tells a duplicate waiting for it that it will never have a number. */
  private static void failed(Object item, RuntimeException e) {
    if (item instanceof TicketRecord ticket) {
      ticket.failure = e.getMessage() == null ? e.toString() : e.getMessage();
    }
  }

  /**
   * Compares until every figure equals the record or {@code settle} has passed (the stats service
   * counts what the topics carry, a moment after the APIs answered); returns what still differs.
   */
  private List<String> settle(
      LoadOptions options,
      DeskClient http,
      Map<String, Map<Slice, Map<String, Number>>> expected,
      ReferenceData reference,
      int year) {
    long started = System.nanoTime();
    long deadline = started + options.settle().toNanos();
    while (true) {
      FigureComparison comparison = new FigureComparison(http, options.statsUrl(), year);
      ReportComparison report = new ReportComparison(http, options.statsUrl(), year, reference);
      List<String> differences = new ArrayList<>();
      try {
        differences.addAll(
            comparison.differences(
                "hotline", expected.get("hotline"), ExpectedFigures.HOTLINE_BREAKDOWNS));
        differences.addAll(
            comparison.differences(
                "mediation", expected.get("mediation"), ExpectedFigures.MEDIATION_BREAKDOWNS));
        if (differences.isEmpty()) {
          differences.addAll(report.differences(expected));
        }
      } catch (LoadStepException e) {
        differences.add("stats-service did not answer: " + e.getMessage());
      }
      if (differences.isEmpty()) {
        out.printf(
            "every figure of %d equals the load's record: %,d figures of the API and %,d cells of"
                + " the annual report's tables compared, %.1f s after the last request%n",
            year, comparison.compared(), report.compared(), (System.nanoTime() - started) / 1e9);
        return differences;
      }
      if (System.nanoTime() > deadline) {
        return differences;
      }
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return differences;
      }
    }
  }

  /** The demo users the load signs in as (password = name), a department's by its rule. */
  private static Map<String, String> demoUsers(ReferenceData reference) {
    Map<String, String> users = new HashMap<>();
    for (String user :
        List.of(
            HotlineDesk.AGENT,
            MediationDesk.MEDIATOR,
            MediationDesk.LEAD,
            MediationDesk.ADMIN,
            FigureComparison.MANAGER)) {
      users.put(user, user);
    }
    reference
        .departments()
        .forEach(
            department -> {
              String user = DemoUsers.departmentUser(department.code());
              users.put(user, user);
            });
    return users;
  }
}
