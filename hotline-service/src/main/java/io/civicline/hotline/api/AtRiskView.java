package io.civicline.hotline.api;

import io.civicline.hotline.store.AtRiskList;
import java.util.List;

/** The at-risk list (预警) as the API and the console show it: no personal data. */
public record AtRiskView(
    List<AtRiskList.DepartmentCount> departments, List<TicketSummary> tickets, boolean hasNext) {

  public static AtRiskView of(AtRiskList.Page page) {
    return new AtRiskView(
        page.departments(),
        page.tickets().stream().map(TicketSummary::of).toList(),
        page.hasNext());
  }
}
