package io.civicline.kit.staff;

import io.civicline.kit.problem.ConflictException;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/password} on every service with pages: the signed-in user changes their own
 * password, inside the service's own head and header ({@code console/fragments.html}). Open to
 * every role, so it is not one of a console's role-checked pages.
 */
@Controller
class PasswordPage {

  static final String VIEW = "civicline/password";

  private final ObjectProvider<StaffAccounts> accounts;
  private final MessageSource messages;

  PasswordPage(ObjectProvider<StaffAccounts> accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  @GetMapping("/console/password")
  String form() {
    return VIEW;
  }

  @PostMapping("/console/password")
  String change(
      @RequestParam(defaultValue = "") String currentPassword,
      @RequestParam(defaultValue = "") String newPassword,
      @RequestParam(defaultValue = "") String repeatPassword,
      Authentication user,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    if (!newPassword.equals(repeatPassword)) {
      model.addAttribute("error", messages.getMessage("password.mismatch", null, locale));
      return VIEW;
    }
    try {
      OwnPasswordApi.change(
          accounts, user.getName(), new PasswordChange(currentPassword, newPassword));
    } catch (InvalidRequestException e) {
      model.addAttribute(
          "error",
          e.fields().stream()
              .map(f -> label(f, locale) + ": " + f.message())
              .collect(Collectors.joining("; ")));
      return VIEW;
    } catch (ConflictException e) {
      model.addAttribute("error", messages.getMessage("password.notStored", null, locale));
      return VIEW;
    }
    redirect.addFlashAttribute("notice", messages.getMessage("password.changed", null, locale));
    return "redirect:/console/password";
  }

  private String label(FieldProblem problem, Locale locale) {
    return messages.getMessage("password." + problem.field(), null, problem.field(), locale);
  }
}
