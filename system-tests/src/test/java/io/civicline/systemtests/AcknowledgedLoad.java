package io.civicline.systemtests;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady load on a running stack from a few client threads, each an agent and a mediator at once:
 * mostly new tickets, now and then a dispatch of one of its tickets, and new mediation cases. It
 * records every ticket and case a 2xx answer acknowledged, and every create that got no clear
 * answer (a 503, a connection broken mid-request, a timeout): such a create may or may not have
 * been stored. A refused connection is no such create: the request never reached a service. It
 * never retries and never fails: the faults it runs through are the test's business.
 */
final class AcknowledgedLoad {

  private static final String DISPATCH = "{\"department\":\"WATER_CO\"}";

  private final StackHttp http;
  private final LaunchedStack stack;
  private final Duration pause;
  private final Set<String> tickets = new ConcurrentSkipListSet<>();
  private final Set<String> cases = new ConcurrentSkipListSet<>();
  private final AtomicInteger unclearTicketCreates = new AtomicInteger();
  private final AtomicInteger unclearCaseCreates = new AtomicInteger();
  private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
  private final List<Thread> clients = new ArrayList<>();
  private volatile boolean running;

  AcknowledgedLoad(StackHttp http, LaunchedStack stack, Duration pause) {
    this.http = http;
    this.stack = stack;
    this.pause = pause;
  }

  /** Starts {@code count} client threads; returns at once. */
  void start(int count) {
    running = true;
    for (int i = 0; i < count; i++) {
      Thread client = new Thread(this::work, "fault-load-" + i);
      client.setDaemon(true);
      client.start();
      clients.add(client);
    }
  }

  /** Stops the clients and waits until their last request has its answer. */
  void stop() throws InterruptedException {
    running = false;
    for (Thread client : clients) {
      client.join(30_000);
    }
  }

  /** Ticket ids answered 201. */
  Set<String> tickets() {
    return Set.copyOf(tickets);
  }

  /** Case ids answered 201. */
  Set<String> cases() {
    return Set.copyOf(cases);
  }

  /** Ticket creates without a clear answer: each may or may not have stored a ticket. */
  int unclearTicketCreates() {
    return unclearTicketCreates.get();
  }

  int unclearCaseCreates() {
    return unclearCaseCreates.get();
  }

  /** How many answers of each kind came, e.g. {@code "POST /api/tickets 201" -> 812}. */
  Map<String, Integer> answers() {
    Map<String, Integer> counts = new TreeMap<>();
    answers.forEach((kind, count) -> counts.put(kind, count.get()));
    return counts;
  }

  private void work() {
    Deque<String> undispatched = new ArrayDeque<>();
    for (long round = 0; running; round++) {
      if (round % 5 == 4) {
        registerCase();
      } else if (round % 5 == 2 && !undispatched.isEmpty()) {
        dispatch(undispatched.poll());
      } else {
        String ticket = createTicket();
        if (ticket != null) {
          undispatched.add(ticket);
        }
      }
      try {
        Thread.sleep(pause.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private String createTicket() {
    return create(
        stack.hotline, "/api/tickets", "agent", DeskSteps.TICKET, tickets, unclearTicketCreates);
  }

  private void registerCase() {
    create(stack.mediation, "/api/cases", "mediator", DeskSteps.CASE, cases, unclearCaseCreates);
  }

  private void dispatch(String ticket) {
    try {
      send(stack.hotline, "/api/tickets/" + ticket + "/dispatch", "agent", DISPATCH);
    } catch (ConnectException refused) {
      // counted; the service is down
    }
  }

  /**
   * POSTs a create; the new id, added to {@code acknowledged}; null when it was refused or its fate
   * is unclear (then counted in {@code unclear}).
   */
  private String create(
      int port,
      String path,
      String user,
      String body,
      Set<String> acknowledged,
      AtomicInteger unclear) {
    HttpResponse<String> response;
    try {
      response = send(port, path, user, body);
    } catch (ConnectException refused) {
      return null;
    }
    if (response == null || response.statusCode() >= 500) {
      unclear.incrementAndGet();
      return null;
    }
    if (response.statusCode() != 201) {
      return null;
    }
    String id = http.json(response.body()).get("id").asString();
    acknowledged.add(id);
    return id;
  }

  /**
   * POSTs; the answer, or null when none came; throws when the connection was refused. Counts each
   * answer by its status or the exception's kind.
   */
  private HttpResponse<String> send(int port, String path, String user, String body)
      throws ConnectException {
    String kind = "POST " + path.replaceAll("/[0-9a-f]{24}/", "/{id}/");
    try {
      HttpResponse<String> response = http.post(port, path, user, body);
      count(kind + " " + response.statusCode());
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      count(kind + " interrupted");
      return null;
    } catch (ConnectException e) {
      count(kind + " refused");
      throw e;
    } catch (Exception e) {
      count(kind + " " + e.getClass().getSimpleName());
      return null;
    }
  }

  private void count(String kind) {
    answers.computeIfAbsent(kind, any -> new AtomicInteger()).incrementAndGet();
  }
}
