package io.civicline.mediation.web;

import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.console.ConsoleForms;
import io.civicline.kit.console.WholeFormCheck;
import io.civicline.kit.problem.ConflictException;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.mediation.IntakeDesk;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.api.RegisterCaseRequest;
import io.civicline.mediation.domain.CaseAction;
import io.civicline.mediation.domain.DeclineReason;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.PartyRole;
import io.civicline.mediation.domain.Staff;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake form: a mediator registers a dispute (受理), and by default takes it on at once, or
 * records it as declined (不予受理). It binds the API's own request (see {@link IntakeLines}), so its
 * rules are the API's; a rejected form comes back as typed, each bad field with its message next to
 * it. {@code intent} is the button pressed: {@code register}, {@code decline} or {@code more} party
 * lines.
 */
@ConsoleController
class IntakePages {

  static final String VIEW = "console/intake";
  private static final Set<String> CODE_FIELDS = Set.of("disputeType", "district", "source");

  private final IntakeDesk intakeDesk;
  private final MediationDesk desk;
  private final StaffResolver staffResolver;
  private final MessageSource messages;
  private final WholeFormCheck wholeForm;

  IntakePages(
      IntakeDesk intakeDesk,
      MediationDesk desk,
      StaffResolver staffResolver,
      MessageSource messages,
      WholeFormCheck wholeForm) {
    this.intakeDesk = intakeDesk;
    this.desk = desk;
    this.staffResolver = staffResolver;
    this.messages = messages;
    this.wholeForm = wholeForm;
  }

  @GetMapping("/console/cases/new")
  String form(Authentication user, Model model) {
    Staff by = mediatorOnly(user);
    return show(IntakeLines.blank(), by.mediator() != null, model);
  }

  @PostMapping("/console/cases")
  String register(
      @Valid @ModelAttribute("intake") RegisterCaseRequest intake,
      BindingResult errors,
      @RequestParam(defaultValue = "register") String intent,
      @RequestParam(defaultValue = "false") boolean assignToMe,
      Authentication user,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Staff by = mediatorOnly(user);
    if ("more".equals(intent)) {
      // More lines is no attempt to register: the form's gaps are not errors yet.
      return show(IntakeLines.withMoreLines(intake), assignToMe, model);
    }
    boolean declines = "decline".equals(intent);
    wholeForm.complete(intake, errors);
    RegisterCaseRequest shown = IntakeLines.shown(intake);
    BindingResult shownErrors = IntakeLines.errorsShown(shown, errors, declines);
    if (shownErrors.hasErrors()) {
      return show(shown, shownErrors, assignToMe, model);
    }
    RegisterCaseRequest registering = IntakeLines.registered(intake, declines);
    MediationCase registered;
    try {
      registered =
          declines
              ? intakeDesk.registerDeclined(
                  registering.toCommand(by.name()),
                  by,
                  registering.decline().reason(),
                  registering.decline().note())
              : intakeDesk.register(registering.toCommand(by.name()), by);
    } catch (InvalidRequestException e) {
      ConsoleForms.reject(shownErrors, e, IntakePages::errorCode, "intake.invalid");
      return show(shown, shownErrors, assignToMe, model);
    }
    String notice =
        text(declines ? "flash.declined" : "flash.registered", locale, registered.number());
    if (!declines && assignToMe && by.mediator() != null) {
      notice += takeOn(registered, by, redirect, locale);
    }
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/console/cases/" + registered.id();
  }

  /** Gives the new case to its registering mediator; says so, or warns why it could not. */
  private String takeOn(
      MediationCase registered, Staff by, RedirectAttributes redirect, Locale locale) {
    try {
      desk.assign(registered.id(), registered.version(), by, by.mediator(), null, null);
      return text("flash.assignedToYou", locale);
    } catch (ConflictException | ForbiddenException | InvalidRequestException e) {
      redirect.addFlashAttribute("warning", text("flash.notAssigned", locale, e.getMessage()));
      return "";
    }
  }

  /** The error code of a field the desk refused, shown next to it; null for the others. */
  private static String errorCode(String field) {
    if (CODE_FIELDS.contains(field)) {
      return "intake.unknownCode";
    }
    return "parties".equals(field) ? "intake.needsBothSides" : null;
  }

  private String show(RegisterCaseRequest intake, boolean assignToMe, Model model) {
    model.addAttribute("intake", intake);
    model.addAttribute("assignToMe", assignToMe);
    model.addAttribute("roles", PartyRole.values());
    model.addAttribute("declineReasons", DeclineReason.values());
    return VIEW;
  }

  private String show(
      RegisterCaseRequest intake, BindingResult errors, boolean assignToMe, Model model) {
    show(intake, assignToMe, model);
    // After the form: the model drops a binding result whose target is not the form shown.
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "intake", errors);
    return VIEW;
  }

  private Staff mediatorOnly(Authentication user) {
    Staff by = staffResolver.of(user);
    if (!by.mayTake().contains(CaseAction.REGISTER)) {
      throw new ForbiddenException("only mediators register cases");
    }
    return by;
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
