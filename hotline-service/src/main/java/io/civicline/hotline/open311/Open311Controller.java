package io.civicline.hotline.open311;

import static io.civicline.hotline.open311.Open311Tree.fields;

import io.civicline.events.ReferenceData;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.domain.Ticket;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 ({@code /open311/v2}): the discovery document, the services and their
 * definitions, the public request list and single requests, and tokens, each as {@code .xml} or
 * {@code .json}. Open to everyone: it shows nothing personal. Errors are the specification's error
 * lists ({@link Open311Answers}).
 */
@RestController
@RequestMapping(Open311Controller.PATH)
@Tag(name = "Open311 GeoReport v2")
class Open311Controller {

  static final String PATH = "/open311/v2";
  static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

  private final Open311Properties properties;
  private final Open311Services services;
  private final Open311RequestSearch search;
  private final Open311Answers answers;
  private final Open311Keys keys;
  private final TicketDesk desk;
  private final ReferenceData reference;
  private final MessageSource messages;

  Open311Controller(
      Open311Properties properties,
      Open311Services services,
      Open311RequestSearch search,
      Open311Answers answers,
      Open311Keys keys,
      TicketDesk desk,
      ReferenceData reference,
      MessageSource messages) {
    this.properties = properties;
    this.services = services;
    this.search = search;
    this.answers = answers;
    this.keys = keys;
    this.desk = desk;
    this.reference = reference;
    this.messages = messages;
  }

  @GetMapping("/discovery.{format}")
  @Operation(summary = "The Open311 service discovery document")
  ResponseEntity<String> discovery(@PathVariable String format) {
    Open311Format answer = Open311Format.of(format);
    String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH).toUriString();
    return answers.ok(
        answer,
        "discovery",
        fields(
            "changeset",
            services.changeset(),
            "contact",
            properties.contact(),
            "key_service",
            properties.keyService(),
            "endpoints",
            new Open311Tree.Items(
                "endpoint",
                List.of(
                    fields(
                        "specification",
                        SPECIFICATION,
                        "url",
                        url,
                        "changeset",
                        services.changeset(),
                        "type",
                        "production",
                        "formats",
                        new Open311Tree.Items(
                            "format",
                            List.of(
                                Open311Format.XML.mediaType().toString(),
                                Open311Format.JSON.mediaType().toString())))))));
  }

  @GetMapping("/services.{format}")
  @Operation(summary = "The services (one per ticket topic)")
  ResponseEntity<String> services(
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
      @RequestHeader(name = "Accept-Language", required = false) String language) {
    Open311Format answer = Open311Format.of(format);
    checkJurisdiction(jurisdiction);
    return answers.ok(answer, "services", services.list(locale(language)));
  }

  @GetMapping("/services/{code}.{format}")
  @Operation(summary = "A service's definition: the attributes a request of it needs")
  ResponseEntity<String> definition(
      @PathVariable String code,
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
      @RequestHeader(name = "Accept-Language", required = false) String language) {
    Open311Format answer = Open311Format.of(format);
    checkJurisdiction(jurisdiction);
    return answers.ok(answer, "service_definition", services.definition(code, locale(language)));
  }

  @GetMapping("/requests.{format}")
  @Operation(summary = "Requests by number, or received in a time range (90 days at most)")
  ResponseEntity<String> requests(
      @PathVariable String format,
      @RequestParam(name = "service_request_id", required = false) String numbers,
      @RequestParam(name = "service_code", required = false) String codes,
      @RequestParam(name = "start_date", required = false) String start,
      @RequestParam(name = "end_date", required = false) String end,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
      @RequestHeader(name = "Accept-Language", required = false) String language) {
    Open311Format answer = Open311Format.of(format);
    checkJurisdiction(jurisdiction);
    Open311RequestSearch.Filters filters =
        new Open311RequestSearch.Filters(numbers, codes, start, end, status);
    return answers.ok(answer, "service_requests", search.find(filters, locale(language)));
  }

  /**
   * Submits a request as an app (its {@code api_key}) on behalf of a citizen: a ticket received by
   * the app's channel, counted like every other; the answer names it at once (realtime).
   */
  @PostMapping("/requests.{format}")
  @Operation(summary = "Submit a request (form-encoded, with an app's api_key)")
  ResponseEntity<String> submit(
      @PathVariable String format,
      HttpServletRequest request,
      @RequestHeader(name = "Accept-Language", required = false) String language) {
    Open311Format answer = Open311Format.of(format);
    if (!MediaType.APPLICATION_FORM_URLENCODED.includes(contentType(request))) {
      throw Open311Failure.badRequest(
          "Content-Type", "send the request as application/x-www-form-urlencoded");
    }
    Map<String, String> form = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, values) -> form.put(name, values[0]));
    Open311Submission submission = new Open311Submission(form);
    checkJurisdiction(submission.value("jurisdiction_id"));
    Open311Properties.ApiKey app = keys.app(submission.value("api_key"));
    Ticket ticket = desk.receive(submission.toCommand(reference, app));
    return answers.ok(
        answer,
        "service_requests",
        new Open311Tree.Items(
            "request",
            List.of(
                fields(
                    "service_request_id",
                    ticket.number(),
                    "service_notice",
                    messages.getMessage("public.notice", null, locale(language)),
                    "account_id",
                    submission.value("account_id")))));
  }

  private static MediaType contentType(HttpServletRequest request) {
    try {
      return request.getContentType() == null
          ? MediaType.APPLICATION_OCTET_STREAM
          : MediaType.parseMediaType(request.getContentType());
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }

  @GetMapping("/requests/{id}.{format}")
  @Operation(summary = "One request, by its number")
  ResponseEntity<String> request(
      @PathVariable String id,
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
      @RequestHeader(name = "Accept-Language", required = false) String language) {
    Open311Format answer = Open311Format.of(format);
    checkJurisdiction(jurisdiction);
    return answers.ok(answer, "service_requests", search.one(id, locale(language)));
  }

  /**
   * Requests are created in real time (the answer names the request), so no token is ever given out
   * and every token is unknown.
   */
  @GetMapping("/tokens/{token}.{format}")
  @Operation(summary = "The request a token stands for (none: requests are created in real time)")
  ResponseEntity<String> token(
      @PathVariable String token,
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
    Open311Format.of(format);
    checkJurisdiction(jurisdiction);
    throw Open311Failure.notFound("token not found: requests here are created in real time");
  }

  /** Anything else under the endpoint: a resource GeoReport v2 does not have. */
  @RequestMapping("/**")
  @Hidden
  ResponseEntity<String> unknown(HttpServletRequest request) {
    throw Open311Failure.notFound(
        "no such resource: " + request.getMethod() + " " + request.getRequestURI());
  }

  private void checkJurisdiction(String jurisdiction) {
    if (jurisdiction != null
        && !jurisdiction.isBlank()
        && !jurisdiction.equals(properties.jurisdictionId())) {
      throw Open311Failure.notFound("jurisdiction_id " + jurisdiction + " not found");
    }
  }

  static Locale locale(String acceptLanguage) {
    return acceptLanguage != null
            && acceptLanguage.strip().toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE;
  }
}
