package io.civicline.perf.load;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many tickets take each journey through the hotline ({@link TicketJourney#REFERRED} comes from
 * the referrals), how the cases made of referrals end (withdrawn, transferred and declined ones
 * hand the ticket back to the agents), and how many cases are brought to mediation directly
 * (walk-ins, police referrals), by journey.
 */
record LoadMix(
    Map<TicketJourney, Integer> tickets,
    Map<CaseJourney, Integer> referrals,
    Map<CaseJourney, Integer> cases) {

  LoadMix {
    tickets = Map.copyOf(tickets);
    referrals = Map.copyOf(referrals);
    cases = Map.copyOf(cases);
  }

  static LoadMix named(String preset) {
    return switch (preset) {
      case "small" -> scaled(0.002);
      case "day" -> scaled(0.004);
      case "year" -> scaled(1.0);
      default ->
          throw new IllegalArgumentException("no such preset: " + preset + " (small, day or year)");
    };
  }

  /**
   * A share of a city's year at Yichun's scale (its 2022 report): 240,000 contacts of which 100,000
   * dispatched, every ticket through its whole lifecycle; 4,812 disputes mediated, 4,744
   * successful, 627 of them through linkage, referrals included. Every kind at least once, so that
   * even the smallest run takes every journey.
   */
  static LoadMix scaled(double share) {
    Map<TicketJourney, Integer> tickets = new EnumMap<>(TicketJourney.class);
    tickets.put(TicketJourney.FIRST_CONTACT, count(135_000, share));
    tickets.put(TicketJourney.STANDARD, count(80_000, share));
    tickets.put(TicketJourney.RETURNED, count(4_000, share));
    tickets.put(TicketJourney.EXTENDED, count(3_000, share));
    tickets.put(TicketJourney.REOPENED, count(2_000, share));
    tickets.put(TicketJourney.UNREACHABLE, count(3_000, share));
    tickets.put(TicketJourney.AGENT_REPLY, count(5_000, share));
    tickets.put(TicketJourney.LEFT_OPEN, count(3_000, share));
    tickets.put(TicketJourney.DUPLICATE, count(4_000, share));
    Map<CaseJourney, Integer> referrals = new EnumMap<>(CaseJourney.class);
    referrals.put(CaseJourney.SUCCESS, count(800, share));
    referrals.put(CaseJourney.SUCCESS_LINKAGE, count(150, share));
    referrals.put(CaseJourney.FAILED, count(20, share));
    referrals.put(CaseJourney.WITHDRAWN, count(10, share));
    referrals.put(CaseJourney.TRANSFERRED, count(10, share));
    referrals.put(CaseJourney.DECLINED, count(10, share));
    Map<CaseJourney, Integer> cases = new EnumMap<>(CaseJourney.class);
    cases.put(CaseJourney.SUCCESS, count(4_117 - 800, share));
    cases.put(CaseJourney.SUCCESS_LINKAGE, count(627 - 150, share));
    cases.put(CaseJourney.FAILED, count(68 - 20, share));
    cases.put(CaseJourney.WITHDRAWN, count(100, share));
    cases.put(CaseJourney.TRANSFERRED, count(50, share));
    cases.put(CaseJourney.DECLINED, count(90, share));
    cases.put(CaseJourney.LEFT_OPEN, count(150, share));
    return new LoadMix(tickets, referrals, cases);
  }

  private static int count(int yearly, double share) {
    return Math.max(1, (int) Math.round(yearly * share));
  }
}
