package io.civicline.mediation.web;

import static io.civicline.mediation.web.ConsolePages.blankToNull;

import io.civicline.mediation.domain.CaseStatus;
import io.civicline.mediation.store.CaseQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case search as typed: the API's filters ({@code status, disputeType, district, body,
 * mediator, source, overdue, ticket, from, to, q, page}), kept as text so that nothing typed makes
 * the page fail. A filter that cannot be read is named by {@link #problems()} and left out.
 */
class SearchForm {

  static final int MAX_TEXT = 100;
  static final int MAX_PAGE = 10_000;
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 9999;

  private String q;
  private String status;
  private String disputeType;
  private String district;
  private String body;
  private String mediator;
  private String source;
  private String overdue;
  private String ticket;
  private String from;
  private String to;
  private String page;

  /** The names of the filters that cannot be read; an empty list when all can. */
  List<String> problems() {
    List<String> bad = new ArrayList<>();
    if (blankToNull(status) != null && statusOrNull() == null) {
      bad.add("status");
    }
    LocalDate first = day(from);
    LocalDate last = day(to);
    if (blankToNull(from) != null && first == null) {
      bad.add("from");
    }
    if (blankToNull(to) != null && last == null) {
      bad.add("to");
    } else if (first != null && last != null && first.isAfter(last)) {
      bad.add("to");
    }
    return bad;
  }

  CaseQuery toQuery(ZoneId zone, int size) {
    LocalDate first = day(from);
    LocalDate last = day(to);
    if (first != null && last != null && first.isAfter(last)) {
      first = null;
      last = null;
    }
    String text = blankToNull(q);
    if (text != null && text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT);
    }
    return new CaseQuery(
        statusOrNull(),
        blankToNull(disputeType),
        blankToNull(district),
        blankToNull(body),
        blankToNull(mediator),
        blankToNull(source),
        onlyOverdue() ? Boolean.TRUE : null,
        blankToNull(ticket),
        startOf(first, zone),
        startOf(last == null ? null : last.plusDays(1), zone),
        text,
        pageNumber(),
        size);
  }

  /** This search at another page, with the filters given. */
  String link(int pageNumber) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/cases");
    String[][] filters = {
      {"q", q}, {"status", status}, {"disputeType", disputeType}, {"district", district},
      {"body", body}, {"mediator", mediator}, {"source", source}, {"overdue", overdue},
      {"ticket", ticket}, {"from", from}, {"to", to}
    };
    for (String[] filter : filters) {
      if (blankToNull(filter[1]) != null) {
        link.queryParam(filter[0], filter[1].strip());
      }
    }
    return link.queryParam("page", pageNumber).encode().toUriString();
  }

  boolean onlyOverdue() {
    return "true".equals(overdue);
  }

  private CaseStatus statusOrNull() {
    return Arrays.stream(CaseStatus.values())
        .filter(s -> s.name().equals(blankToNull(status)))
        .findFirst()
        .orElse(null);
  }

  private int pageNumber() {
    try {
      int number = Integer.parseInt(page == null ? "0" : page.strip());
      return Math.max(0, Math.min(number, MAX_PAGE));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static LocalDate day(String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(value.strip());
      return day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR ? null : day;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day == null ? null : day.atStartOfDay(zone).toInstant();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getDisputeType() {
    return disputeType;
  }

  public void setDisputeType(String disputeType) {
    this.disputeType = disputeType;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getMediator() {
    return mediator;
  }

  public void setMediator(String mediator) {
    this.mediator = mediator;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getOverdue() {
    return overdue;
  }

  public void setOverdue(String overdue) {
    this.overdue = overdue;
  }

  public String getTicket() {
    return ticket;
  }

  public void setTicket(String ticket) {
    this.ticket = ticket;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}
