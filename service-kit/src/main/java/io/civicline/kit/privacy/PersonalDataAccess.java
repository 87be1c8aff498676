package io.civicline.kit.privacy;

import java.time.Instant;
import java.util.List;

/**
 * One display of unmasked personal data, or one search by it (PIPL articles 51–55: who, which
 * record, when, through which route). It holds no personal data itself: record ids and field names,
 * never the values or what was searched for.
 *
 * @param user the signed-in user name
 * @param kind what happened
 * @param records the records shown, or those a search found
 * @param route the method and path pattern, e.g. {@code GET /api/tickets/{id}}
 * @param fields the personal fields shown, e.g. {@code caller.phone}
 */
public record PersonalDataAccess(
    Instant at, String user, Kind kind, List<String> records, String route, List<String> fields) {

  public PersonalDataAccess {
    records = List.copyOf(records);
    fields = List.copyOf(fields);
  }

  public enum Kind {
    SHOWN,
    SEARCHED
  }
}
