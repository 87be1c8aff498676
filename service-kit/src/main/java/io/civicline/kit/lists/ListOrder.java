package io.civicline.kit.lists;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The order a list of a store's documents is read in, a {@link ListPage} at a time: by {@code
 * timeField} and then the id, both {@code direction}; each document read as the {@code item} it
 * holds, whose place in the list {@code placeOf} gives (the cursor of the page after it).
 */
public record ListOrder<D, T>(
    Class<D> type,
    String timeField,
    Sort.Direction direction,
    Function<D, T> item,
    Function<T, PageCursor> placeOf) {

  /** The newest first: by {@code timeField} descending. */
  public static <D, T> ListOrder<D, T> newestFirst(
      Class<D> type, String timeField, Function<D, T> item, Function<T, PageCursor> placeOf) {
    return new ListOrder<>(type, timeField, Sort.Direction.DESC, item, placeOf);
  }

  /** The items of {@code page} that match every filter, and where the next page starts. */
  public ListPage.Found<T> read(MongoTemplate mongo, ListPage page, List<Criteria> filters) {
    return page.read(mongo, type, filters, timeField, direction, item, placeOf);
  }

  /** {@link #read}, with the page's place in the list. */
  public ResultPage<T> result(MongoTemplate mongo, ListPage page, List<Criteria> filters) {
    return page.result(read(mongo, page, filters));
  }
}
