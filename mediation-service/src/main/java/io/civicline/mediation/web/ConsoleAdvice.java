package io.civicline.mediation.web;

import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.security.ApiAccessRules;
import io.civicline.kit.security.Roles;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.domain.Staff;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who may use the mediator console: mediators, mediation leads and admins (which case each may read
 * or change is the desk's rule, as in the case API); managers only the pages marked {@link
 * OpenToManagers}, and those only to read. Every page knows its {@code viewer}, and {@code
 * listOnly} when the viewer may list cases but not open them. The language links and the error
 * pages come from service-kit's {@link io.civicline.kit.console.ConsoleProblems}.
 */
@ControllerAdvice(annotations = ConsoleController.class)
class ConsoleAdvice {

  private static final Set<String> CONSOLE_ROLES =
      Set.of(Roles.MEDIATOR, Roles.MEDIATION_LEAD, Roles.ADMIN);

  private final StaffResolver staffResolver;

  ConsoleAdvice(StaffResolver staffResolver) {
    this.staffResolver = staffResolver;
  }

  @ModelAttribute
  void everyPage(Authentication user, HttpServletRequest request, Model model) {
    Staff viewer = staffResolver.of(user);
    boolean console = viewer.roles().stream().anyMatch(CONSOLE_ROLES::contains);
    boolean listOnly =
        !console && viewer.roles().contains(Roles.MANAGER) && openToManagers(request);
    if (!console && !listOnly) {
      throw new ForbiddenException("Your role may not use this page of the mediator console.");
    }
    model.addAttribute("viewer", viewer);
    model.addAttribute("listOnly", listOnly);
  }

  /** Fails closed: a request whose handler is unknown or unmarked is not open to managers. */
  private static boolean openToManagers(HttpServletRequest request) {
    return ApiAccessRules.isRead(request)
        && request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
            instanceof HandlerMethod handler
        && handler.hasMethodAnnotation(OpenToManagers.class);
  }
}
