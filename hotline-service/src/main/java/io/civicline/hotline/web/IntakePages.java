package io.civicline.hotline.web;

import io.civicline.hotline.IntakeDesk;
import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.api.PlaceRequest;
import io.civicline.hotline.api.ReceiveTicketRequest;
import io.civicline.hotline.api.ReceiveTicketRequest.CallerRequest;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.hotline.domain.Urgency;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.console.ConsoleForms;
import io.civicline.kit.console.WholeFormCheck;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake form: an agent logs what the citizen says while they are on the line. It binds the
 * API's own request, so its rules are the API's; a rejected form comes back as typed, each bad
 * field with its message next to it.
 */
@ConsoleController
class IntakePages {

  static final String VIEW = "console/intake";
  private static final Set<String> CODE_FIELDS =
      Set.of("channel", "category", "topic", "district", "place.street");
  private static final CallerRequest NO_CALLER = new CallerRequest(null, null, null);
  private static final PlaceRequest NO_PLACE = new PlaceRequest(null, null, null, null);

  private final IntakeDesk desk;
  private final StaffResolver staffResolver;
  private final MessageSource messages;
  private final WholeFormCheck wholeForm;

  IntakePages(
      IntakeDesk desk,
      StaffResolver staffResolver,
      MessageSource messages,
      WholeFormCheck wholeForm) {
    this.desk = desk;
    this.staffResolver = staffResolver;
    this.messages = messages;
    this.wholeForm = wholeForm;
  }

  @GetMapping("/console/tickets/new")
  String form(Authentication user, Model model) {
    agentOnly(user);
    return show(
        new ReceiveTicketRequest(
            "PHONE", null, null, null, Urgency.NORMAL, NO_CALLER, null, null, NO_PLACE),
        model);
  }

  @PostMapping("/console/tickets")
  String receive(
      @Valid @ModelAttribute("intake") ReceiveTicketRequest intake,
      BindingResult errors,
      Authentication user,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    agentOnly(user);
    wholeForm.complete(intake, errors);
    if (errors.hasErrors()) {
      return reshow(intake, errors, model);
    }
    Ticket ticket;
    try {
      ticket = desk.receive(intake.toCommand(user.getName()));
    } catch (InvalidRequestException e) {
      ConsoleForms.reject(
          errors, e, f -> CODE_FIELDS.contains(f) ? "intake.unknownCode" : null, "intake.invalid");
      return reshow(intake, errors, model);
    }
    redirect.addFlashAttribute(
        "notice", messages.getMessage("flash.created", new Object[] {ticket.number()}, locale));
    return "redirect:/console/tickets/" + ticket.id();
  }

  private String show(ReceiveTicketRequest intake, Model model) {
    model.addAttribute("intake", intake);
    model.addAttribute("urgencies", Urgency.values());
    return VIEW;
  }

  /**
   * Shows the form again with its errors. The form's fields read the caller and the place, which a
   * request may lack (the API takes a missing caller as anonymous), so the form shown has empty
   * ones; a bad field shows the value as typed, which its error keeps.
   */
  private String reshow(ReceiveTicketRequest intake, BindingResult errors, Model model) {
    ReceiveTicketRequest shown =
        new ReceiveTicketRequest(
            intake.channel(),
            intake.category(),
            intake.topic(),
            intake.district(),
            intake.urgency(),
            intake.caller() == null ? NO_CALLER : intake.caller(),
            intake.description(),
            intake.answer(),
            intake.place() == null ? NO_PLACE : intake.place());
    BeanPropertyBindingResult shownErrors = new BeanPropertyBindingResult(shown, "intake");
    shownErrors.addAllErrors(errors);
    show(shown, model);
    // After the form: the model drops a binding result whose target is not the form shown.
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "intake", shownErrors);
    return VIEW;
  }

  private void agentOnly(Authentication user) {
    Staff staff = staffResolver.of(user);
    if (!staff.isAgent()) {
      throw new ForbiddenException("only agents log tickets");
    }
  }
}
