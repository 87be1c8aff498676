package io.civicline.kit.console;

import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Admits a user to a console page by the service's {@link ConsoleAudience}, failing closed: every
 * page knows its {@code viewer}, and {@code readsListsOnly} when the viewer is a manager reading a
 * page open to managers (no record, action or queue). The language links and the error pages come
 * from {@link ConsoleProblems}.
 */
@ControllerAdvice(annotations = ConsoleController.class)
public class ConsoleEntry {

  private final ConsoleAudience<?> audience;

  ConsoleEntry(ConsoleAudience<?> audience) {
    this.audience = audience;
  }

  @ModelAttribute
  void everyPage(Authentication user, HttpServletRequest request, Model model) {
    admit(audience, user, request, model);
  }

  private static <V> void admit(
      ConsoleAudience<V> audience, Authentication user, HttpServletRequest request, Model model) {
    V viewer = audience.viewer().apply(user);
    Collection<String> roles = audience.roles().apply(viewer);
    boolean works = roles.stream().anyMatch(audience.workingRoles()::contains);
    boolean readsListsOnly =
        !works && roles.contains(Roles.MANAGER) && ManagerPages.isOpen(request);
    if (!works && !readsListsOnly) {
      throw new ForbiddenException(audience.refusal());
    }
    model.addAttribute("viewer", viewer);
    model.addAttribute("readsListsOnly", readsListsOnly);
  }
}
