package io.civicline.hotline.web;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.api.AtRiskView;
import io.civicline.hotline.api.ListScope;
import io.civicline.hotline.store.AtRiskList;
import io.civicline.kit.console.ConsoleController;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 预警: the at-risk list of the API as a page, each department's counts above the tickets. */
@ConsoleController
class AtRiskPages {

  static final int PAGE_SIZE = 50;

  private final AtRiskList atRisk;
  private final StaffResolver staffResolver;

  AtRiskPages(AtRiskList atRisk, StaffResolver staffResolver) {
    this.atRisk = atRisk;
    this.staffResolver = staffResolver;
  }

  /** Forgiving: an unknown page shows the first. */
  @GetMapping("/console/at-risk")
  String atRisk(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String page,
      Authentication user,
      Model model) {
    String scope =
        ListScope.departmentOf(staffResolver.of(user), ConsolePages.blankToNull(department));
    int number = pageOf(page);
    model.addAttribute("list", AtRiskView.of(atRisk.of(scope, number, PAGE_SIZE)));
    model.addAttribute("department", scope == null ? "" : scope);
    model.addAttribute("page", number);
    return "console/at-risk";
  }

  private static int pageOf(String value) {
    try {
      return Math.max(0, Math.min(Integer.parseInt(value == null ? "0" : value.strip()), 10_000));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
