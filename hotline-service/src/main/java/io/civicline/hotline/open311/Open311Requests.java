package io.civicline.hotline.open311;

import static io.civicline.hotline.open311.Open311Tree.fields;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.domain.Place;
import io.civicline.hotline.domain.PublicProgress;
import io.civicline.hotline.domain.Ticket;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A ticket as the public sees it in GeoReport v2: its number, open or closed, the last public step
 * ({@code status_notes}: its label, and a reply's public part when it has one), the topic, the
 * department holding it, its times and its district. No personal data: neither the description
 * (free text) nor the caller's contact nor the address line or coordinates (the address is the
 * district and street).
 */
@Component
class Open311Requests {

  private static final DateTimeFormatter W3 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final Open311Services services;
  private final ReferenceData reference;
  private final MessageSource messages;
  private final ZoneId zone;

  Open311Requests(Open311Services services, ReferenceData reference, MessageSource messages) {
    this.services = services;
    this.reference = reference;
    this.messages = messages;
    this.zone = ZoneId.of(reference.city().zone());
  }

  Open311Tree.Items list(List<Ticket> tickets, Locale locale) {
    return new Open311Tree.Items(
        "request", tickets.stream().map(ticket -> request(ticket, locale)).toList());
  }

  private Map<String, Object> request(Ticket ticket, Locale locale) {
    String department = ticket.dispatch() == null ? null : ticket.dispatch().department();
    Instant expected = ticket.status().isWithDepartment() ? ticket.dispatch().deadline() : null;
    Optional<PublicProgress.Step> last = PublicProgress.last(ticket);
    return fields(
        "service_request_id",
        ticket.number(),
        "status",
        PublicProgress.finished(ticket) ? "closed" : "open",
        "status_notes",
        last.map(step -> statusNotes(step, locale)).orElse(null),
        "service_name",
        ticket.intake().topic() == null ? null : services.name(ticket.intake().topic(), locale),
        "service_code",
        ticket.intake().topic(),
        "description",
        null,
        "agency_responsible",
        department == null ? null : services.departmentName(department, locale).orElse(department),
        "service_notice",
        messages.getMessage("public.notice", null, locale),
        "requested_datetime",
        w3(ticket.intake().receivedAt()),
        "updated_datetime",
        w3(last.map(PublicProgress.Step::at).orElse(ticket.intake().receivedAt())),
        "expected_datetime",
        w3(expected),
        "address",
        publicAddress(ticket, locale),
        "address_id",
        null,
        "zipcode",
        null,
        "lat",
        null,
        "long",
        null,
        "media_url",
        null);
  }

  /**
   * The district and, when known, the street: the public part of the place (the address line and
   * the coordinates are personal).
   */
  private String publicAddress(Ticket ticket, Locale locale) {
    Optional<ReferenceData.Code> district = reference.district(ticket.intake().district());
    Place place = ticket.intake().place();
    Optional<ReferenceData.Street> street =
        place == null ? Optional.empty() : reference.street(place.street());
    if (district.isEmpty()) {
      return null;
    }
    ReferenceData.Code in = district.get();
    return street
        .map(s -> Open311Services.label(locale, in.zh() + s.zh(), s.en() + ", " + in.en()))
        .orElse(Open311Services.label(locale, in.zh(), in.en()));
  }

  /** A public step, as the public reads it: its label, then a reply's public part. */
  private String statusNotes(PublicProgress.Step last, Locale locale) {
    String department =
        last.department() == null
            ? ""
            : services.departmentName(last.department(), locale).orElse(last.department());
    String label =
        messages.getMessage(
            "public.step." + last.action().name(), new Object[] {department}, locale);
    return last.publicReply() == null
        ? label
        : messages.getMessage(
            "public.step.withReply", new Object[] {label, last.publicReply()}, locale);
  }

  private String w3(Instant instant) {
    return instant == null ? null : W3.format(instant.atZone(zone).withNano(0));
  }
}
