package io.civicline.kit.lists;

import io.civicline.kit.problem.InvalidRequestException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page of a work queue starts: the part of the queue ({@link QueueOrder}) and the
 * place in it of the last item shown. Clients see only the opaque {@link #token()}.
 */
public record QueueCursor(int part, PageCursor place) {

  private static final Pattern TOKEN = Pattern.compile("([0-9])\\.(.+)");

  public QueueCursor {
    if (part < 0 || part > 9 || place == null) {
      throw new IllegalArgumentException("not a place in a queue: " + part + ", " + place);
    }
  }

  /** The token of this place, opaque to clients and safe in a URL. */
  public String token() {
    return part + "." + place.token();
  }

  /**
   * The place a request's {@code after} names, null when none is given; a token this class did not
   * make is a 400 naming {@code after}.
   */
  public static QueueCursor of(String after) {
    if (after == null || after.isBlank()) {
      return null;
    }
    Matcher parts = TOKEN.matcher(after.strip());
    if (!parts.matches()) {
      throw new InvalidRequestException(PageCursor.PARAMETER, "is not a page of this list");
    }
    return new QueueCursor(Integer.parseInt(parts.group(1)), PageCursor.of(parts.group(2)));
  }
}
