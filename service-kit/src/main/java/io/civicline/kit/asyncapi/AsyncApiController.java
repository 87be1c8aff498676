package io.civicline.kit.asyncapi;

import io.civicline.events.asyncapi.AsyncApiDocument;
import io.civicline.events.asyncapi.EventApplication;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v3/asyncapi}: the AsyncAPI 3 document of the topics this service writes and reads.
 */
@Hidden // a document of its own, not an operation of the OpenAPI one
@RestController
class AsyncApiController {

  static final String PATH = "/v3/asyncapi";

  private final String document;

  AsyncApiController(EventApplication application) {
    // The contract is in the jar: made once, it cannot change while the service runs.
    this.document = AsyncApiDocument.of(application).toPrettyString();
  }

  @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  String document() {
    return document;
  }
}
