package io.civicline.hotline.open311;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 ({@code /open311/v2}): the discovery document, the services and their
 * definitions, requests (submitted by apps, followed by anyone) and tokens, each as {@code .xml} or
 * {@code .json} ({@link Open311Ask}). Open to everyone: it shows nothing personal. Errors are the
 * specification's error lists ({@link Open311Answers}).
 */
@RestController
@RequestMapping(Open311Controller.PATH)
@Tag(name = "Open311 GeoReport v2")
class Open311Controller {

  static final String PATH = "/open311/v2";

  private final Open311Discovery discovery;
  private final Open311Services services;
  private final Open311RequestSearch search;
  private final Open311Intake intake;
  private final Open311Answers answers;

  Open311Controller(
      Open311Discovery discovery,
      Open311Services services,
      Open311RequestSearch search,
      Open311Intake intake,
      Open311Answers answers) {
    this.discovery = discovery;
    this.services = services;
    this.search = search;
    this.intake = intake;
    this.answers = answers;
  }

  @GetMapping("/discovery.{format}")
  @Operation(summary = "The Open311 service discovery document")
  ResponseEntity<String> discovery(@Parameter(hidden = true) Open311Ask ask) {
    String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH).toUriString();
    return answers.ok(ask.format(), "discovery", discovery.document(url));
  }

  @GetMapping("/services.{format}")
  @Operation(summary = "The services (one per ticket topic)")
  ResponseEntity<String> services(@Parameter(hidden = true) Open311Ask ask) {
    return answers.ok(ask.format(), "services", services.list(ask.locale()));
  }

  @GetMapping("/services/{code}.{format}")
  @Operation(summary = "A service's definition: the attributes a request of it needs")
  ResponseEntity<String> definition(
      @PathVariable String code, @Parameter(hidden = true) Open311Ask ask) {
    return answers.ok(ask.format(), "service_definition", services.definition(code, ask.locale()));
  }

  @GetMapping("/requests.{format}")
  @Operation(summary = "Requests by number, or received in a time range (90 days at most)")
  ResponseEntity<String> requests(
      @RequestParam(name = "service_request_id", required = false) String numbers,
      @RequestParam(name = "service_code", required = false) String codes,
      @RequestParam(name = "start_date", required = false) String start,
      @RequestParam(name = "end_date", required = false) String end,
      @RequestParam(name = "status", required = false) String status,
      @Parameter(hidden = true) Open311Ask ask) {
    Open311RequestSearch.Filters filters =
        new Open311RequestSearch.Filters(numbers, codes, start, end, status);
    return answers.ok(ask.format(), "service_requests", search.find(filters, ask.locale()));
  }

  /**
   * Submits a request as an app (its {@code api_key}) on behalf of a citizen: a ticket received by
   * the app's channel, counted like every other.
   */
  @PostMapping("/requests.{format}")
  @Operation(summary = "Submit a request (form-encoded, with an app's api_key)")
  ResponseEntity<String> submit(
      HttpServletRequest request, @Parameter(hidden = true) Open311Ask ask) {
    return answers.ok(ask.format(), "service_requests", intake.submit(request, ask.locale()));
  }

  @GetMapping("/requests/{id}.{format}")
  @Operation(summary = "One request, by its number")
  ResponseEntity<String> request(
      @PathVariable String id, @Parameter(hidden = true) Open311Ask ask) {
    return answers.ok(ask.format(), "service_requests", search.one(id, ask.locale()));
  }

  /**
   * Requests are created in real time (the answer names the request), so no token is ever given out
   * and every token is unknown.
   */
  @GetMapping("/tokens/{token}.{format}")
  @Operation(summary = "The request a token stands for (none: requests are created in real time)")
  ResponseEntity<String> token(
      @PathVariable String token, @Parameter(hidden = true) Open311Ask ask) {
    throw Open311Failure.notFound("token not found: requests here are created in real time");
  }

  /** Anything else under the endpoint: a resource GeoReport v2 does not have. */
  @RequestMapping("/**")
  @Hidden
  ResponseEntity<String> unknown(HttpServletRequest request) {
    throw Open311Failure.notFound(
        "no such resource: " + request.getMethod() + " " + request.getRequestURI());
  }
}
