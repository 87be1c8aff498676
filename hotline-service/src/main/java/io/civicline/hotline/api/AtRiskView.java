package io.civicline.hotline.api;

import io.civicline.hotline.store.AtRiskList;
import java.util.List;

/**
 * The at-risk list (预警) as the API and the console show it: no personal data. {@code next} is the
 * cursor of the next page (its {@code after}), null on the last.
 */
public record AtRiskView(
    List<AtRiskList.DepartmentCount> departments,
    List<TicketSummary> tickets,
    boolean hasNext,
    String next) {

  public static AtRiskView of(AtRiskList.Page page) {
    return new AtRiskView(
        page.departments(),
        page.tickets().stream().map(TicketSummary::of).toList(),
        page.hasNext(),
        page.hasNext() ? page.next().token() : null);
  }
}
