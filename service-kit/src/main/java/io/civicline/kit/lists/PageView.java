package io.civicline.kit.lists;

import java.util.List;
import java.util.function.Function;

/**
 * One page of search results in an API answer, newest first; {@code next} the cursor of the next
 * page (its {@code after}), null on the last. {@code page} and {@code hasNext} are kept for clients
 * from before cursors.
 */
public record PageView<T>(List<T> items, int page, int size, boolean hasNext, String next) {

  /** The page with each item as {@code view} shows it. */
  public static <R, T> PageView<T> of(ResultPage<R> found, Function<R, T> view) {
    return new PageView<>(
        found.items().stream().map(view).toList(),
        found.page(),
        found.size(),
        found.hasNext(),
        found.hasNext() ? found.next().token() : null);
  }
}
