package io.civicline.mediation.store;

import io.civicline.kit.lists.PageCursor;
import io.civicline.mediation.domain.MediationCase;
import java.util.List;

/**
 * One page of a search, newest first, and where the next starts ({@code next}, null on the last).
 * It says whether a next page exists instead of counting every match, which would scan every case
 * of the city for each page.
 */
public record CasePage(List<MediationCase> items, int page, int size, PageCursor next) {

  public boolean hasNext() {
    return next != null;
  }
}
