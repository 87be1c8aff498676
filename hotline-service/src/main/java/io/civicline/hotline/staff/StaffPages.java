package io.civicline.hotline.staff;

import io.civicline.events.ReferenceData;
import io.civicline.kit.console.CityLabels.Option;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.security.Roles;
import io.civicline.kit.staff.NewStaffAccount;
import io.civicline.kit.staff.PasswordReset;
import io.civicline.kit.staff.StaffAccount;
import io.civicline.kit.staff.StaffRules;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' staff pages: the list with a form to create an account, and one account's page to
 * edit it, disable or enable it and reset its password. They bind the same request records as the
 * API ({@link StaffAdminApi}); a refused form comes back as the console's problem page.
 */
@ConsoleController
class StaffPages {

  static final String LIST = "console/staff";
  static final String ACCOUNT = "console/staff-account";

  private final StaffDirectoryAccess directory;
  private final ReferenceData reference;
  private final MessageSource messages;

  StaffPages(StaffDirectoryAccess directory, ReferenceData reference, MessageSource messages) {
    this.directory = directory;
    this.reference = reference;
    this.messages = messages;
  }

  @ModelAttribute
  void adminsOnly(Authentication user, Model model) {
    if (!Roles.of(user).contains(Roles.ADMIN)) {
      throw new ForbiddenException("staff pages are for admins");
    }
    model.addAttribute("roles", StaffRules.ROLES);
    model.addAttribute(
        "mediators",
        reference.mediators().stream()
            .map(m -> new Option(m.code(), m.name() + " · " + m.code()))
            .toList());
    model.addAttribute(
        "bodies",
        reference.mediatingBodies().stream().map(b -> new Option(b.code(), b.zh())).toList());
  }

  @GetMapping("/console/staff")
  String list(Model model) {
    model.addAttribute("accounts", directory.accounts().all());
    return LIST;
  }

  @PostMapping("/console/staff")
  String create(
      @Valid @ModelAttribute NewStaffAccount account,
      BindingResult errors,
      Authentication admin,
      RedirectAttributes redirect,
      Locale locale) {
    refuse(errors);
    StaffAccount created = directory.accounts().create(account, admin.getName());
    return done(created, "staff.created", redirect, locale);
  }

  @GetMapping("/console/staff/{userName}")
  String account(@PathVariable String userName, Model model) {
    model.addAttribute("account", directory.accounts().get(userName));
    return ACCOUNT;
  }

  @PostMapping("/console/staff/{userName}")
  String edit(
      @PathVariable String userName,
      @Valid @ModelAttribute StaffEdit edit,
      BindingResult errors,
      Authentication admin,
      RedirectAttributes redirect,
      Locale locale) {
    refuse(errors);
    StaffAccount account =
        directory.accounts().edit(userName, edit.details(), edit.version(), admin.getName());
    return done(account, "staff.saved", redirect, locale);
  }

  @PostMapping("/console/staff/{userName}/password")
  String resetPassword(
      @PathVariable String userName,
      @Valid @ModelAttribute PasswordReset reset,
      BindingResult errors,
      Authentication admin,
      RedirectAttributes redirect,
      Locale locale) {
    refuse(errors);
    StaffAccount account = directory.accounts().resetPassword(userName, reset, admin.getName());
    return done(account, "staff.passwordReset", redirect, locale);
  }

  @PostMapping("/console/staff/{userName}/{change:disable|enable}")
  String setEnabled(
      @PathVariable String userName,
      @PathVariable String change,
      Authentication admin,
      RedirectAttributes redirect,
      Locale locale) {
    boolean enable = change.equals("enable");
    StaffAccount account = directory.accounts().setEnabled(userName, enable, admin.getName());
    return done(account, enable ? "staff.enabled" : "staff.disabled", redirect, locale);
  }

  private String done(
      StaffAccount account, String notice, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute(
        "notice", messages.getMessage(notice, new Object[] {account.userName()}, locale));
    return "redirect:/console/staff/" + account.userName();
  }

  /** A form that fails bean validation is a 400 page listing its fields, as the API's problem. */
  private static void refuse(BindingResult errors) {
    if (errors.hasErrors()) {
      List<FieldProblem> fields =
          errors.getFieldErrors().stream()
              .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
              .toList();
      throw new InvalidRequestException(
          fields.isEmpty() ? List.of(new FieldProblem("form", "is invalid")) : fields);
    }
  }
}
