package io.civicline.hotline.web;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.domain.Staff;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.console.ManagerPages;
import io.civicline.kit.console.OpenToManagers;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who may use the agent console at all: the roles that work tickets, and admins to read; managers
 * only the pages marked {@link OpenToManagers} (the search, the drill-down of their figures),
 * read-only, and no ticket. Every page knows its {@code viewer}. The language links and the error
 * pages come from service-kit's {@link io.civicline.kit.console.ConsoleProblems}.
 */
@ControllerAdvice(annotations = ConsoleController.class)
class ConsoleAdvice {

  private static final Set<String> CONSOLE_ROLES =
      Set.of(Roles.AGENT, Roles.DEPARTMENT, Roles.ADMIN);

  private final StaffResolver staffResolver;

  ConsoleAdvice(StaffResolver staffResolver) {
    this.staffResolver = staffResolver;
  }

  @ModelAttribute
  void everyPage(Authentication user, HttpServletRequest request, Model model) {
    Staff viewer = staffResolver.of(user);
    boolean managerPage = viewer.readsListsOnly() && ManagerPages.isOpen(request);
    if (!managerPage && viewer.roles().stream().noneMatch(CONSOLE_ROLES::contains)) {
      throw new ForbiddenException("console.forbidden");
    }
    model.addAttribute("viewer", viewer);
    model.addAttribute("readsListsOnly", viewer.readsListsOnly());
  }
}
