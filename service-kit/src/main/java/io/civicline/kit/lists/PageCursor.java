package io.civicline.kit.lists;

import io.civicline.kit.problem.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Where the next page of a list starts (keyset paging): the sort time and id of the last item
 * shown. A list sorted by a time and then {@code _id}, both in one direction, continues with the
 * items strictly past this place, so a deep page costs what the first does (no skip), and an item
 * inserted meanwhile neither repeats nor hides one. Clients see only the opaque {@link #token()}.
 */
public record PageCursor(Instant at, String id) {

  /** The query parameter that carries the token. */
  public static final String PARAMETER = "after";

  private static final int MAX_TOKEN = 200;
  private static final String ID = "[A-Za-z0-9_-]{1,64}";
  private static final Pattern DECODED = Pattern.compile("(-?[0-9]{1,19})~(" + ID + ")");

  /** {@code at} to the millisecond, the precision of a stored time. */
  public PageCursor {
    if (at == null || id == null || !id.matches(ID)) {
      throw new IllegalArgumentException("not a place in a list: " + at + ", " + id);
    }
    at = Instant.ofEpochMilli(at.toEpochMilli());
  }

  /** The order of a list that pages with cursors: the time, then the id, both {@code direction}. */
  public static Sort order(String timeField, Sort.Direction direction) {
    return Sort.by(direction, timeField, "_id");
  }

  /** The token of this place, opaque to clients and safe in a URL. */
  public String token() {
    String plain = at.toEpochMilli() + "~" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** The place a token names; a token this class did not make is a 400 naming {@code after}. */
  public static PageCursor of(String token) {
    if (token != null && token.length() <= MAX_TOKEN) {
      try {
        String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        Matcher parts = DECODED.matcher(plain);
        if (parts.matches()) {
          return new PageCursor(
              Instant.ofEpochMilli(Long.parseLong(parts.group(1))), parts.group(2));
        }
      } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
        // not one of ours: refused below
      }
    }
    throw new InvalidRequestException(PARAMETER, "is not a page of this list: start again");
  }

  /**
   * The items past this place in the {@link #order} of {@code timeField} and {@code direction}. The
   * bound on the time alone, which the alternatives imply, lets an index on the list's fields and
   * the time start reading at this place instead of at the list's start.
   */
  public Criteria past(String timeField, Sort.Direction direction) {
    boolean newestFirst = direction == Sort.Direction.DESC;
    Criteria later = Criteria.where(timeField);
    Criteria sameTimeLaterId = Criteria.where(timeField).is(at).and("_id");
    Criteria notBefore = Criteria.where(timeField);
    return new Criteria()
        .andOperator(
            newestFirst ? notBefore.lte(at) : notBefore.gte(at),
            new Criteria()
                .orOperator(
                    newestFirst ? later.lt(at) : later.gt(at),
                    newestFirst ? sameTimeLaterId.lt(id) : sameTimeLaterId.gt(id)));
  }
}
