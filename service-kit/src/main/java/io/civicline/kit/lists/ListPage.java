package io.civicline.kit.lists;

import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.GivenText;
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

  /** The most items one page holds. */
  public static final int MAX_SIZE = 100;

  /** The deepest page number: each page skips all before it. */
  public static final int MAX_PAGE = 10_000;

  /** The longest word search ({@code q}) a list takes. */
  public static final int MAX_QUERY = 100;

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

  /**
   * The page a list's parameters ask for; null when one is bad, after adding a problem naming it.
   */
  public static ListPage asked(int page, int size, String after, List<FieldProblem> problems) {
    int before = problems.size();
    if (page < 0 || page > MAX_PAGE) {
      problems.add(new FieldProblem("page", "must be between 0 and " + MAX_PAGE));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(new FieldProblem("size", "must be between 1 and " + MAX_SIZE));
    }
    PageCursor cursor = cursorOf(after, page, problems);
    return problems.size() > before ? null : new ListPage(size, page, cursor);
  }

  /** The word search {@code q}, stripped, null when blank; too long a one adds a problem. */
  public static String query(String q, List<FieldProblem> problems) {
    String text = GivenText.blankToNull(q);
    if (text != null && text.length() > MAX_QUERY) {
      problems.add(new FieldProblem("q", "must be at most " + MAX_QUERY + " characters"));
    }
    return text;
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
   * placed in the list by {@code placeOf}: see {@link #query} for the order, {@link ListOrder} for
   * the way in.
   */
  <D, T> Found<T> read(
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
  <T> ResultPage<T> result(Found<T> found) {
    return new ResultPage<>(found.items(), page, size, found.next());
  }

  /** A page's items and the cursor of the page after it, null on the last page. */
  public record Found<T>(List<T> items, PageCursor next) {}
}
