package io.civicline.hotline.api;

import io.civicline.hotline.domain.Staff;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.security.Roles;

/**
 * Which department's tickets a user's list may show: what they asked for (null: all) when they see
 * every ticket (agents, admins, managers), their own department for department staff. Fails closed:
 * department staff without a department, or a user with none of these roles, get 403.
 */
public final class ListScope {

  private ListScope() {}

  /** Refuses a search by caller or words to those who read lists only: it reaches personal data. */
  public static void checkText(Staff viewer, String text) {
    if (viewer.readsListsOnly() && text != null && !text.isBlank()) {
      throw new ForbiddenException(
          "Your role searches by figure and codes, not by caller or words.");
    }
  }

  public static String departmentOf(Staff viewer, String requested) {
    if (viewer.isAgent()
        || viewer.roles().contains(Roles.ADMIN)
        || viewer.roles().contains(Roles.MANAGER)) {
      return requested;
    }
    if (viewer.roles().contains(Roles.DEPARTMENT) && viewer.department() != null) {
      return viewer.department();
    }
    throw new ForbiddenException("Your account has no department whose tickets it may list.");
  }
}
