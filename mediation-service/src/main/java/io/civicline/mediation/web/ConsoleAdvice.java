package io.civicline.mediation.web;

import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.security.Roles;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.domain.Staff;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who may use the mediator console at all: mediators, and admins to read (as the case API). Every
 * page knows its {@code viewer}. The language links and the error pages come from service-kit's
 * {@link io.civicline.kit.console.ConsoleProblems}.
 */
@ControllerAdvice(annotations = ConsoleController.class)
class ConsoleAdvice {

  private static final Set<String> CONSOLE_ROLES = Set.of(Roles.MEDIATOR, Roles.ADMIN);

  private final StaffResolver staffResolver;

  ConsoleAdvice(StaffResolver staffResolver) {
    this.staffResolver = staffResolver;
  }

  @ModelAttribute
  void everyPage(Authentication user, Model model) {
    Staff viewer = staffResolver.of(user);
    if (viewer.roles().stream().noneMatch(CONSOLE_ROLES::contains)) {
      throw new ForbiddenException("Your role may not use the mediator console.");
    }
    model.addAttribute("viewer", viewer);
  }
}
