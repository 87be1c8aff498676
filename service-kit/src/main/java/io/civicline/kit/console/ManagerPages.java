package io.civicline.kit.console;

import io.civicline.kit.security.ApiAccessRules;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** The console pages a manager may read: those marked {@link OpenToManagers}, with GET. */
public final class ManagerPages {

  private ManagerPages() {}

  /**
   * Whether this request reads a page open to managers. Fails closed: an unknown handler is not.
   */
  public static boolean isOpen(HttpServletRequest request) {
    return ApiAccessRules.isRead(request)
        && request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
            instanceof HandlerMethod handler
        && handler.hasMethodAnnotation(OpenToManagers.class);
  }
}
