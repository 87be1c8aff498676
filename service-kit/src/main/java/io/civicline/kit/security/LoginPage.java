package io.civicline.kit.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page of the services' consoles, in Chinese and English at once (the language switch
 * of a console works once the user is in), with no script and nothing loaded from elsewhere.
 */
@Controller
class LoginPage {

  private final String appName;

  LoginPage(String appName) {
    this.appName = appName;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("appName", appName);
    return "civicline/login";
  }
}
