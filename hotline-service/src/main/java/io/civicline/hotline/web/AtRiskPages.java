package io.civicline.hotline.web;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.api.AtRiskView;
import io.civicline.hotline.api.ListScope;
import io.civicline.hotline.store.AtRiskList;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.lists.ListPage;
import io.civicline.kit.lists.PageCursor;
import io.civicline.kit.problem.InvalidRequestException;
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

  /** Forgiving: a cursor that is not one of the list's shows the first page. */
  @GetMapping("/console/at-risk")
  String atRisk(
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String after,
      Authentication user,
      Model model) {
    String scope = ListScope.departmentOf(staffResolver.of(user), blankToNull(department));
    PageCursor cursor = cursorOf(after);
    model.addAttribute("list", AtRiskView.of(atRisk.of(scope, new ListPage(PAGE_SIZE, 0, cursor))));
    model.addAttribute("department", scope == null ? "" : scope);
    model.addAttribute("later", cursor != null);
    return "console/at-risk";
  }

  private static PageCursor cursorOf(String after) {
    try {
      return blankToNull(after) == null ? null : PageCursor.of(after.strip());
    } catch (InvalidRequestException e) {
      return null;
    }
  }
}
