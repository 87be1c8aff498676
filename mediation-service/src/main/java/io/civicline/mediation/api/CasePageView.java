package io.civicline.mediation.api;

import io.civicline.mediation.store.CasePage;
import java.util.List;

/** One page of search results, newest first, and whether there is a next page. */
record CasePageView(List<CaseSummary> items, int page, int size, boolean hasNext) {

  static CasePageView of(CasePage page) {
    return new CasePageView(
        page.items().stream().map(CaseSummary::of).toList(),
        page.page(),
        page.size(),
        page.hasNext());
  }
}
