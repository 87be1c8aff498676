package io.civicline.kit.privacy;

import io.civicline.kit.privacy.PersonalDataAccess.Kind;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every display of unmasked personal data and every search by it, in the service's own
 * database (collection {@value #COLLECTION}, insert-only), before the data leaves the service: a
 * display that cannot be recorded fails rather than goes unrecorded.
 */
public class PersonalDataLog {

  public static final String COLLECTION = "personal_data_access";

  private final MongoTemplate mongo;
  private final Clock clock;

  public PersonalDataLog(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * The route of a request as the log names it: method and path pattern, e.g. {@code GET
   * /api/tickets/{id}} (the record's id is in {@code records}); the path where no handler matched.
   */
  public static String route(HttpServletRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    return request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
  }

  /** The user was shown these personal fields of the record. */
  public void shown(String user, String record, String route, List<String> fields) {
    mongo.insert(
        new PersonalDataAccess(clock.instant(), user, Kind.SHOWN, List.of(record), route, fields),
        COLLECTION);
  }

  /** The user searched by personal data (never stored) and found these records. */
  public void searched(String user, String route, List<String> found) {
    mongo.insert(
        new PersonalDataAccess(clock.instant(), user, Kind.SEARCHED, found, route, List.of()),
        COLLECTION);
  }
}
