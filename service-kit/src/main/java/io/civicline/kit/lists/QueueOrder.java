package io.civicline.kit.lists;

import io.civicline.kit.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The order of a work queue: its parts one after another (the urgent first), each by {@code
 * timeField} and then the id, both ascending, read a page at a time from a {@link QueueCursor}
 * (keyset paging). Each part wants an index with its equality fields, then the time and the id, so
 * that a page reads no more than it shows, however deep, and a change meanwhile neither repeats an
 * item nor hides one that stays in its place.
 */
public record QueueOrder(String timeField, List<Criteria> parts) {

  public QueueOrder {
    parts = List.copyOf(parts);
  }

  /** One page of a queue and where the next starts ({@code next}, null on the last). */
  public record Page<T>(List<T> items, QueueCursor next) {}

  /**
   * The {@code size} items of {@code type} past {@code after} (from the start when null), as {@code
   * item}s placed in their part by {@code placeOf}; a cursor naming no part of this queue is a 400.
   */
  public <D, T> Page<T> read(
      MongoTemplate mongo,
      Class<D> type,
      int size,
      QueueCursor after,
      Function<D, T> item,
      Function<T, PageCursor> placeOf) {
    int first = after == null ? 0 : after.part();
    if (first >= parts.size()) {
      throw new InvalidRequestException(PageCursor.PARAMETER, "is not a page of this list");
    }
    List<T> items = new ArrayList<>();
    int lastPart = first;
    boolean more = false;
    for (int part = first; part < parts.size() && !more; part++) {
      PageCursor from = part == first && after != null ? after.place() : null;
      // One item more than the page holds, to know whether a next page exists.
      for (D found : mongo.find(query(part, from, size + 1 - items.size()), type)) {
        if (items.size() == size) {
          more = true;
          break;
        }
        items.add(item.apply(found));
        lastPart = part;
      }
    }
    QueueCursor next = more ? new QueueCursor(lastPart, placeOf.apply(items.get(size - 1))) : null;
    return new Page<>(items, next);
  }

  /** The items of a part past {@code after} (all when null), in order, at most {@code limit}. */
  Query query(int part, PageCursor after, int limit) {
    Criteria filter =
        after == null
            ? parts.get(part)
            : new Criteria()
                .andOperator(parts.get(part), after.past(timeField, Sort.Direction.ASC));
    return new Query(filter).with(PageCursor.order(timeField, Sort.Direction.ASC)).limit(limit);
  }
}
