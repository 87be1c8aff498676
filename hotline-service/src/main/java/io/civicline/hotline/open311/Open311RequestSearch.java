package io.civicline.hotline.open311;

import io.civicline.hotline.domain.PublicProgress;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.TicketStatus;
import io.civicline.hotline.store.PublicRequestListing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code GET requests} and {@code GET requests/{id}}: the filters as the specification defines them
 * (numbers override the rest; dates in W3C format with a zone; a range of at most 90 days, the last
 * 90 days when none is given; open or closed), at most 1,000 requests, newest first.
 */
@Component
class Open311RequestSearch {

  static final int LIMIT = 1_000;
  static final Duration SPAN = Duration.ofDays(90);

  /** The filters as sent; each may be null or blank ("optional" in the specification's sense). */
  record Filters(
      String serviceRequestId,
      String serviceCode,
      String startDate,
      String endDate,
      String status) {}

  private final PublicRequestListing listing;
  private final Open311Services services;
  private final Open311Requests requests;
  private final Clock clock;

  Open311RequestSearch(
      PublicRequestListing listing,
      Open311Services services,
      Open311Requests requests,
      Clock clock) {
    this.listing = listing;
    this.services = services;
    this.requests = requests;
    this.clock = clock;
  }

  Open311Tree.Items find(Filters filters, Locale locale) {
    List<String> numbers = list(filters.serviceRequestId());
    if (!numbers.isEmpty()) {
      if (numbers.size() > LIMIT) {
        throw Open311Failure.badRequest(
            "service_request_id", "at most " + LIMIT + " numbers at once");
      }
      return requests.list(listing.byNumbers(numbers, LIMIT), locale);
    }
    List<String> codes = list(filters.serviceCode());
    for (String code : codes) {
      if (!services.exists(code)) {
        throw Open311Failure.badRequest("service_code", "unknown service_code " + code);
      }
    }
    Instant now = clock.instant();
    Instant start = instant("start_date", filters.startDate());
    Instant end = instant("end_date", filters.endDate());
    if (start == null && end == null) {
      end = now;
    }
    if (start == null) {
      start = end.minus(SPAN);
    } else if (end == null) {
      end = start.plus(SPAN);
    }
    if (end.isBefore(start)) {
      throw Open311Failure.badRequest("end_date", "is before start_date");
    }
    if (Duration.between(start, end).compareTo(SPAN) > 0) {
      throw Open311Failure.badRequest("end_date", "the range may not span more than 90 days");
    }
    List<Ticket> found =
        listing.received(start, end.plusNanos(1), codes, statuses(filters.status()), LIMIT);
    return requests.list(found, locale);
  }

  Open311Tree.Items one(String number, Locale locale) {
    List<Ticket> found = listing.byNumbers(List.of(number), 1);
    if (found.isEmpty()) {
      throw Open311Failure.notFound("service_request_id " + number + " not found");
    }
    return requests.list(found, locale);
  }

  private static Set<TicketStatus> statuses(String given) {
    Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
    for (String status : list(given)) {
      switch (status) {
        case "open" ->
            Arrays.stream(TicketStatus.values())
                .filter(s -> !PublicProgress.FINISHED.contains(s))
                .forEach(statuses::add);
        case "closed" -> statuses.addAll(PublicProgress.FINISHED);
        default -> throw Open311Failure.badRequest("status", "must be open or closed");
      }
    }
    // Both is the same as neither: all statuses.
    return statuses.size() == TicketStatus.values().length ? Set.of() : statuses;
  }

  private static Instant instant(String field, String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    try {
      // A '+' of the zone sent unencoded arrives as a space.
      return OffsetDateTime.parse(given.strip().replace(' ', '+')).toInstant();
    } catch (DateTimeParseException e) {
      throw Open311Failure.badRequest(
          field, "must be a W3C date and time with its zone, e.g. 2026-01-01T00:00:00+08:00");
    }
  }

  /** A comma-separated list, without blanks or repeats. */
  private static List<String> list(String given) {
    if (given == null || given.isBlank()) {
      return List.of();
    }
    Set<String> items = new LinkedHashSet<>();
    for (String item : given.split(",", -1)) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return List.copyOf(items);
  }
}
