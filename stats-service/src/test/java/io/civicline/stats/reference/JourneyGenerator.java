package io.civicline.stats.reference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

/**
 * Draws ticket journeys over every hotline action, from a seed, with only the transitions the
 * hotline allows (Ticket.allowedActions): times over four months across a year's end, dispatches
 * just before midnight and at month ends, every rating, outcome, return, reopening and urge.
 */
final class JourneyGenerator {

  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 20);
  private static final int DAYS = 130;
  private static final Duration RETURN_WINDOW = Duration.ofHours(24);

  private final Random random;
  private final Draws draw;

  JourneyGenerator(long seed) {
    this.random = new Random(seed);
    this.draw = new Draws(random);
  }

  Journey next(int index) {
    String id = String.format("t%06d", index);
    Instant at = start();
    String number =
        "12345-"
            + at.atZone(CityCalendar.ZONE).toLocalDate().toString().replace("-", "")
            + "-"
            + String.format("%06d", index % 1_000_000);
    TicketModel ticket = new TicketModel(id, number, draw.intake(), at, random.nextInt(8) == 0);
    for (int actions = 0; actions < 30 && next(ticket, random.nextInt(100)); actions++) {
      // each action drawn from what the ticket's status allows; false: the journey stops here
    }
    return new Journey(id, List.copyOf(ticket.events));
  }

  private boolean next(TicketModel t, int roll) {
    if (roll >= 97 && !t.status.equals("CLOSED") && !t.status.equals("DUPLICATE")) {
      // an agent sets or corrects the place of an open ticket, in any of its statuses
      t.setPlace(draw.street(t.district), later(t));
      return true;
    }
    if (roll == 96 && !t.status.equals("CLOSED") && !t.status.equals("DUPLICATE")) {
      // a photo or document attached to an open ticket: no step, no figure
      t.attachFile(later(t));
      return true;
    }
    return switch (t.status) {
      case "RECEIVED" -> fromQueue(t, roll);
      case "RESOLVED_ON_FIRST_CONTACT" -> roll < 50 ? callback(t) : roll < 85 && close(t);
      case "DISPATCHED" -> dispatched(t, roll);
      case "SIGNED" -> signed(t, roll);
      case "REPLIED" -> roll < 88 && callback(t);
      case "CALLED_BACK" -> calledBack(t, roll);
      case "REFERRED" -> roll < 88 && t.concludeReferral(later(t), draw.outcome()) != null;
      default -> false; // DUPLICATE, CLOSED: finished
    };
  }

  private boolean fromQueue(TicketModel t, int roll) {
    if (roll < 6) {
      return false;
    } else if (roll < 12) {
      t.markDuplicateOf("t-original-" + random.nextInt(50), later(t));
    } else if (roll < 22 && t.referredAt == null) {
      // mediation opens at most one case per ticket, so a ticket is referred once
      t.refer(later(t));
    } else if (roll < 25 && !t.supervised) {
      t.supervise(later(t));
    } else {
      Instant at = random.nextInt(4) == 0 ? beforeMidnight(t.lastAt()) : later(t);
      String previous = t.dispatchedAt == null && t.firstDispatchedAt != null ? t.department : null;
      String to = draw.department(t.topic, previous);
      LocalDate day = at.atZone(CityCalendar.ZONE).toLocalDate().plusDays(1 + random.nextInt(6));
      t.dispatch(to, at, endOf(day));
    }
    return true;
  }

  private boolean dispatched(TicketModel t, int roll) {
    Instant now = t.lastAt();
    Instant signDue = t.dispatchedAt.plus(TicketModel.SIGN_WINDOW);
    Instant returnDue = t.dispatchedAt.plus(RETURN_WINDOW);
    if (roll < 4) {
      return false;
    } else if (roll < 36) {
      t.sign(within(now, signDue));
    } else if (roll < 50) {
      t.sign(after(max(now, signDue), Duration.ofSeconds(1), Duration.ofDays(2)));
    } else if (roll < 63 && now.plusSeconds(60).isBefore(returnDue)) {
      t.returnToAgents(within(now, returnDue));
    } else if (roll < 71) {
      t.reply(later(t), draw.result());
    } else if (roll < 83) {
      t.urge(after(now, Duration.ofMinutes(1), Duration.ofHours(20)));
    } else if (roll < 88 && mayWarn(t)) {
      t.markAtRisk(warningTime(t));
    } else if (roll < 92 && !t.overdue) {
      t.markOverdue(after(max(now, t.deadline), Duration.ofSeconds(1), Duration.ofDays(1)));
    } else {
      t.sign(later(t));
    }
    return true;
  }

  private boolean signed(TicketModel t, int roll) {
    Instant now = t.lastAt();
    if (roll < 4) {
      return false;
    } else if (roll < 34) {
      t.reply(within(now, t.deadline), draw.result());
    } else if (roll < 48) {
      t.reply(after(max(now, t.deadline), Duration.ofMinutes(1), Duration.ofDays(3)), "RESOLVED");
    } else if (roll < 62 && t.requestedDeadline == null) {
      t.requestExtension(later(t), t.deadline.plus(Duration.ofDays(1 + random.nextInt(5))));
    } else if (roll < 62) {
      t.decideExtension(random.nextInt(3) > 0, later(t));
    } else if (roll < 74) {
      t.urge(after(now, Duration.ofMinutes(1), Duration.ofHours(30)));
    } else if (roll < 80 && mayWarn(t)) {
      t.markAtRisk(warningTime(t));
    } else if (roll < 86 && !t.overdue) {
      t.markOverdue(after(max(now, t.deadline), Duration.ofSeconds(1), Duration.ofDays(1)));
    } else {
      t.reply(later(t), draw.result());
    }
    return true;
  }

  /** The watcher warns once, before the deadline, of a dispatch not yet overdue. */
  private static boolean mayWarn(TicketModel t) {
    return !t.atRisk && !t.overdue && warningFrom(t).isBefore(t.deadline.minusSeconds(2));
  }

  /** A time past 75 % of the dispatch's time (and after the last event), before its deadline. */
  private Instant warningTime(TicketModel t) {
    return within(warningFrom(t), t.deadline);
  }

  private static Instant warningFrom(TicketModel t) {
    Duration time = Duration.between(t.dispatchedAt, t.deadline);
    return max(t.lastAt(), t.dispatchedAt.plus(time.multipliedBy(3).dividedBy(4)));
  }

  private boolean calledBack(TicketModel t, int roll) {
    String rating = t.callbacks.get(t.callbacks.size() - 1).rating();
    if (rating.equals("UNREACHABLE")) {
      return roll < 70 ? callback(t) : roll < 90 && close(t);
    }
    if (rating.equals("UNSATISFIED") || rating.equals("VERY_UNSATISFIED")) {
      return roll < 60 ? t.reopen(later(t)) != null : roll < 90 && close(t);
    }
    return roll < 80 && close(t);
  }

  private boolean callback(TicketModel t) {
    String rating = draw.rating();
    Boolean solved = rating.equals("UNREACHABLE") ? null : random.nextBoolean();
    t.callback(later(t), rating, solved);
    return true;
  }

  private boolean close(TicketModel t) {
    t.close(later(t));
    return true;
  }

  private Instant start() {
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    int roll = random.nextInt(20);
    LocalTime time =
        roll == 0
            ? LocalTime.of(23, 58).plusSeconds(random.nextInt(120))
            : roll == 1
                ? LocalTime.ofSecondOfDay(random.nextInt(60))
                : LocalTime.ofSecondOfDay(random.nextInt(86_400));
    return day.atTime(time).atZone(CityCalendar.ZONE).toInstant();
  }

  /** At 23:59 of this day or the next, sometimes of the month's last day: periods' edges. */
  private Instant beforeMidnight(Instant now) {
    LocalDate today = now.atZone(CityCalendar.ZONE).toLocalDate();
    LocalDate day = random.nextInt(3) == 0 ? YearMonth.from(today).atEndOfMonth() : today;
    Instant at = day.atTime(23, 59, random.nextInt(60)).atZone(CityCalendar.ZONE).toInstant();
    return at.isAfter(now) ? at : at.plus(Duration.ofDays(1));
  }

  private Instant later(TicketModel t) {
    int roll = random.nextInt(100);
    return roll < 50
        ? after(t.lastAt(), Duration.ofMinutes(1), Duration.ofHours(3))
        : roll < 85
            ? after(t.lastAt(), Duration.ofHours(3), Duration.ofDays(2))
            : after(t.lastAt(), Duration.ofDays(2), Duration.ofDays(20));
  }

  private Instant after(Instant from, Duration least, Duration most) {
    long span = most.minus(least).toSeconds();
    return from.plus(least).plusSeconds((long) (random.nextDouble() * span));
  }

  /** A time after {@code now} and by {@code by}; just after now when by has passed. */
  private Instant within(Instant now, Instant by) {
    long span = by.getEpochSecond() - now.getEpochSecond();
    return span < 2 ? now.plusSeconds(1) : now.plusSeconds(1 + random.nextInt((int) span - 1));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant endOf(LocalDate day) {
    return day.atTime(23, 59, 59).atZone(CityCalendar.ZONE).toInstant();
  }
}
