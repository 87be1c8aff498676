package io.civicline.kit.lists;

import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Which page of a list to read: {@code size} items past the cursor {@code after}, or from the start
 * when it is null. {@code page} counts pages of {@code size} from the start for clients written
 * before cursors; it skips, so its cost grows with its depth, and it cannot be combined with a
 * cursor.
 */
public record ListPage(int size, int page, PageCursor after) {

  public ListPage {
    if (size < 1 || page < 0 || (page > 0 && after != null)) {
      throw new IllegalArgumentException("no such page: " + size + ", " + page + ", " + after);
    }
  }

  /**
   * The cursor a request's {@code after} names, null when none is given; a token that is not a
   * cursor, or a cursor with a page number other than 0, adds a problem instead.
   */
  public static PageCursor cursorOf(String after, int page, List<FieldProblem> problems) {
    if (after == null || after.isBlank()) {
      return null;
    }
    if (page != 0) {
      problems.add(new FieldProblem("page", "cannot be combined with " + PageCursor.PARAMETER));
      return null;
    }
    try {
      return PageCursor.of(after.strip());
    } catch (InvalidRequestException e) {
      problems.addAll(e.fields());
      return null;
    }
  }

  /** The first {@code size} items. */
  public static ListPage first(int size) {
    return new ListPage(size, 0, null);
  }

  /**
   * The query of this page with every filter: sorted by {@code timeField} and then {@code _id},
   * both {@code direction}, one item more than the page holds, to know whether a next page exists.
   */
  Query query(List<Criteria> filters, String timeField, Sort.Direction direction) {
    List<Criteria> all = new ArrayList<>(filters);
    if (after != null) {
      all.add(after.past(timeField, direction));
    }
    Query query =
        new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all))
            .with(PageCursor.order(timeField, direction))
            .limit(size + 1);
    return page == 0 ? query : query.skip((long) page * size);
  }

  /**
   * Reads this page of the documents of {@code type} that match every filter, as {@code item}s
   * placed in the list by {@code placeOf}: see {@link #query} for the order.
   */
  public <D, T> Found<T> read(
      MongoTemplate mongo,
      Class<D> type,
      List<Criteria> filters,
      String timeField,
      Sort.Direction direction,
      Function<D, T> item,
      Function<T, PageCursor> placeOf) {
    List<T> found =
        mongo.find(query(filters, timeField, direction), type).stream().map(item).toList();
    return of(found, placeOf);
  }

  /** The items of this page, of those {@link #query} found, and where the next page starts. */
  <T> Found<T> of(List<T> found, Function<T, PageCursor> placeOf) {
    List<T> items = found.stream().limit(size).toList();
    PageCursor next = found.size() > size ? placeOf.apply(items.get(size - 1)) : null;
    return new Found<>(items, next);
  }

  /** What this page {@link #read} found, with its place in the list. */
  public <T> ResultPage<T> result(Found<T> found) {
    return new ResultPage<>(found.items(), page, size, found.next());
  }

  /** A page's items and the cursor of the page after it, null on the last page. */
  public record Found<T>(List<T> items, PageCursor next) {}
}
