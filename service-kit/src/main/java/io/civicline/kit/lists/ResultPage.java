package io.civicline.kit.lists;

import java.util.List;

/**
 * One page of a search, newest first, and where the next starts ({@code next}, null on the last).
 * It says whether a next page exists instead of counting every match, which would scan the whole
 * collection for each page.
 */
public record ResultPage<T>(List<T> items, int page, int size, PageCursor next) {

  public boolean hasNext() {
    return next != null;
  }
}
