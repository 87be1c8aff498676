package io.civicline.perf.load;

import io.civicline.events.ReferenceData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Every ticket and case of a run, with the codes each is filed under and the journey it takes,
 * drawn from a seed so that a run can be repeated; and the order they are worked in. A duplicate
 * comes after the ticket it repeats.
 */
final class LoadPlan {

  /** Phone calls dominate a hotline; the rest spread over the other channels. */
  private static final double PHONE_SHARE = 0.7;

  private static final String[] RATINGS = {
    "VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED", "VERY_UNSATISFIED"
  };
  private static final double[] RATING_SHARES = {0.55, 0.3, 0.1, 0.03, 0.02};
  private static final Set<String> RATINGS_SATISFIED =
      Set.of("VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED");

  /** How often a citizen says the problem is solved (解决), satisfied or not. */
  private static final double SOLVED_IF_SATISFIED = 0.9;

  private static final double SOLVED_OTHERWISE = 0.2;

  /** The mediation source of a referral; direct cases come from the others. */
  static final String HOTLINE_SOURCE = "HOTLINE";

  final List<TicketRecord> tickets = new ArrayList<>();
  final List<CaseRecord> cases = new ArrayList<>();

  /** Tickets and direct cases in the order the clients take them. */
  final List<Object> order = new ArrayList<>();

  private final ReferenceData reference;
  private final Random random;

  LoadPlan(LoadMix mix, ReferenceData reference, long seed) {
    this.reference = reference;
    this.random = new Random(seed);
    List<Object> work = new ArrayList<>();
    mix.tickets()
        .forEach(
            (journey, count) -> {
              for (int i = 0; i < count; i++) {
                work.add(ticket(journey));
              }
            });
    mix.referrals()
        .forEach(
            (outcome, count) -> {
              for (int i = 0; i < count; i++) {
                TicketRecord ticket = ticket(TicketJourney.REFERRED);
                CaseRecord referral = mediationCase(outcome, ticket.district, null);
                referral.referredFrom = ticket;
                cases.add(referral);
                work.add(ticket);
              }
            });
    mix.cases()
        .forEach(
            (journey, count) -> {
              for (int i = 0; i < count; i++) {
                CaseRecord direct = mediationCase(journey, pick(districts()), pick(disputeTypes()));
                cases.add(direct);
                work.add(direct);
              }
            });
    Collections.shuffle(work, random);
    orderWithOriginalsFirst(work);
    work.stream()
        .filter(TicketRecord.class::isInstance)
        .map(TicketRecord.class::cast)
        .forEach(tickets::add);
  }

  /** The city's codes the plan draws from. */
  ReferenceData reference() {
    return reference;
  }

  /** The case made of {@code ticket}'s referral. */
  CaseRecord caseReferredFrom(TicketRecord ticket) {
    return cases.stream().filter(c -> c.referredFrom == ticket).findFirst().orElseThrow();
  }

  /**
   * Gives each duplicate an earlier dispatched ticket as its original; a duplicate with none before
   * it moves to the end.
   */
  private void orderWithOriginalsFirst(List<Object> work) {
    List<TicketRecord> originals = new ArrayList<>();
    List<TicketRecord> waiting = new ArrayList<>();
    for (Object item : work) {
      if (item instanceof TicketRecord ticket && ticket.journey == TicketJourney.DUPLICATE) {
        if (originals.isEmpty()) {
          waiting.add(ticket);
          continue;
        }
        ticket.original = originals.get(random.nextInt(originals.size()));
      } else if (item instanceof TicketRecord ticket
          && ticket.firstDepartment != null
          && ticket.journey != TicketJourney.REFERRED) {
        originals.add(ticket);
      }
      order.add(item);
    }
    for (TicketRecord ticket : waiting) {
      if (originals.isEmpty()) {
        throw new IllegalArgumentException("a duplicate needs a dispatched ticket to repeat");
      }
      ticket.original = originals.get(random.nextInt(originals.size()));
      order.add(ticket);
    }
  }

  private TicketRecord ticket(TicketJourney journey) {
    String channel =
        random.nextDouble() < PHONE_SHARE ? "PHONE" : pick(codes(reference.channels()));
    ReferenceData.Topic topic = pick(reference.ticketTopics());
    String first = null;
    String second = null;
    // A referral handed back by mediation is dispatched like any other ticket.
    if (journey != TicketJourney.FIRST_CONTACT && journey != TicketJourney.DUPLICATE) {
      first = topic.department() != null ? topic.department() : pick(departments());
      List<String> others = new ArrayList<>(departments());
      others.remove(first);
      if (journey == TicketJourney.RETURNED) {
        second = pick(others);
      } else if (journey == TicketJourney.REOPENED) {
        // Half go back to the department that replied, half elsewhere: the first keeps its facts.
        second = random.nextBoolean() ? first : pick(others);
      }
    }
    String rating = rating();
    boolean satisfied = RATINGS_SATISFIED.contains(rating);
    boolean solved = random.nextDouble() < (satisfied ? SOLVED_IF_SATISFIED : SOLVED_OTHERWISE);
    String district = pick(districts());
    List<ReferenceData.Street> streets = reference.streetsOf(district);
    return new TicketRecord(
        journey,
        channel,
        pick(codes(reference.ticketCategories())),
        topic.code(),
        district,
        streets.isEmpty() ? null : pick(streets).code(),
        first,
        second,
        rating,
        solved,
        urges(journey));
  }

  /** Some tickets with a department are urged (催办): once or twice, an extended one always. */
  private int urges(TicketJourney journey) {
    double draw = random.nextDouble();
    return switch (journey) {
      case STANDARD -> draw < 0.05 ? 2 : draw < 0.2 ? 1 : 0;
      case EXTENDED -> draw < 0.3 ? 2 : 1;
      case LEFT_OPEN -> draw < 0.5 ? 1 : 0;
      default -> 0;
    };
  }

  private CaseRecord mediationCase(CaseJourney journey, String district, String disputeType) {
    List<ReferenceData.MediatingBody> bodies =
        reference.mediatingBodies().stream()
            .filter(b -> b.linkage() == (journey == CaseJourney.SUCCESS_LINKAGE))
            .toList();
    List<ReferenceData.MediatingBody> local =
        bodies.stream().filter(b -> b.district().equals(district)).toList();
    String body = pick(local.isEmpty() ? bodies : local).code();
    String transferTo = null;
    if (journey == CaseJourney.TRANSFERRED) {
      List<String> others =
          new ArrayList<>(
              reference.mediatingBodies().stream().map(ReferenceData.MediatingBody::code).toList());
      others.remove(body);
      transferTo = pick(others);
    }
    List<String> sources =
        reference.caseSources().stream()
            .map(ReferenceData.Code::code)
            .filter(code -> !code.equals(HOTLINE_SOURCE))
            .toList();
    return new CaseRecord(journey, district, disputeType, pick(sources), body, transferTo);
  }

  private String rating() {
    double draw = random.nextDouble();
    for (int i = 0; i < RATINGS.length; i++) {
      draw -= RATING_SHARES[i];
      if (draw < 0) {
        return RATINGS[i];
      }
    }
    return RATINGS[0];
  }

  private List<String> districts() {
    return codes(reference.districts());
  }

  private List<String> departments() {
    return codes(reference.departments());
  }

  private List<String> disputeTypes() {
    return reference.disputeTypes().stream().map(ReferenceData.DisputeType::code).toList();
  }

  private static List<String> codes(List<ReferenceData.Code> codes) {
    return codes.stream().map(ReferenceData.Code::code).toList();
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
