package io.civicline.kit.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page of the services' consoles, in Chinese and English at once (the language switch
 * of a console works once the user is in), with no script and nothing loaded from elsewhere. After
 * too many failed sign-ins ({@link LockedSignInPages}) it says how long to wait.
 */
@Controller
class LoginPage {

  private final String appName;

  LoginPage(String appName) {
    this.appName = appName;
  }

  @GetMapping("/login")
  String login(HttpServletRequest request, Model model) {
    model.addAttribute("appName", appName);
    model.addAttribute("retryAfter", request.getAttribute(LockedSignInPages.RETRY_AFTER));
    return "civicline/login";
  }
}
