package io.civicline.mediation.api;

import io.civicline.mediation.store.CasePage;
import java.util.List;

/**
 * One page of search results, newest first; {@code next} the cursor of the next page (its {@code
 * after}), null on the last. {@code page} and {@code hasNext} are kept for clients from before
 * cursors.
 */
record CasePageView(List<CaseSummary> items, int page, int size, boolean hasNext, String next) {

  static CasePageView of(CasePage page) {
    return new CasePageView(
        page.items().stream().map(CaseSummary::of).toList(),
        page.page(),
        page.size(),
        page.hasNext(),
        page.hasNext() ? page.next().token() : null);
  }
}
