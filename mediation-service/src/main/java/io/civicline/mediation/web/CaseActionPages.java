package io.civicline.mediation.web;

import io.civicline.kit.console.ActionFlash;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.console.ConsoleForms;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.api.CaseActionRequests.Assign;
import io.civicline.mediation.api.CaseActionRequests.CaseActionRequest;
import io.civicline.mediation.api.CaseActionRequests.Close;
import io.civicline.mediation.api.CaseActionRequests.Decline;
import io.civicline.mediation.api.CaseActionRequests.Extension;
import io.civicline.mediation.api.CaseActionRequests.FollowUp;
import io.civicline.mediation.api.CaseActionRequests.JudicialConfirmation;
import io.civicline.mediation.api.CaseActionRequests.Reopen;
import io.civicline.mediation.api.CaseActionRequests.SessionRecord;
import io.civicline.mediation.domain.HistoryEntry;
import io.civicline.mediation.domain.MediationCase;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case's actions, one form each, bound to the same request records as the API's actions and
 * validated alike ({@link ConsoleForms}, and {@link CaseFormFields} for what only the case page
 * reads its own way). Every post goes back to the case page with a message ({@link ActionFlash}):
 * done, a warning when the case changed meanwhile or its state no longer allows the action (the
 * page then shows the case as it is now), or what was wrong with the form or who may not do this.
 */
@ConsoleController
@RequestMapping("/console/cases/{id}")
class CaseActionPages {

  private static final String BACK = "redirect:/console/cases/{id}";

  private final MediationDesk desk;
  private final StaffResolver staffResolver;
  private final CaseLabels labels;
  private final ActionFlash flash;

  CaseActionPages(
      MediationDesk desk, StaffResolver staffResolver, CaseLabels labels, ActionFlash flash) {
    this.desk = desk;
    this.staffResolver = staffResolver;
    this.labels = labels;
    this.flash = flash;
  }

  /** After the kit's binding of every console form ({@link ConsoleForms#bindAsPicked}). */
  @InitBinder("form")
  void bindCaseFields(WebDataBinder binder) {
    CaseFormFields.register(binder, labels, desk.now());
  }

  @PostMapping("/assign")
  String assign(
      @PathVariable String id,
      @Valid @ModelAttribute("form") Assign form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/session")
  String holdSession(
      @PathVariable String id,
      @Valid @ModelAttribute("form") SessionRecord form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/extend")
  String extend(
      @PathVariable String id,
      @Valid @ModelAttribute("form") Extension form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/close")
  String close(
      @PathVariable String id,
      @Valid @ModelAttribute("form") Close form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/follow-up")
  String followUp(
      @PathVariable String id,
      @Valid @ModelAttribute("form") FollowUp form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/judicial-confirmation")
  String confirmJudicially(
      @PathVariable String id,
      @Valid @ModelAttribute("form") JudicialConfirmation form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/reopen")
  String reopen(
      @PathVariable String id,
      @Valid @ModelAttribute("form") Reopen form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  @PostMapping("/decline")
  String decline(
      @PathVariable String id,
      @Valid @ModelAttribute("form") Decline form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    return take(id, form, binding, user, redirect);
  }

  private String take(
      String id,
      CaseActionRequest form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect) {
    flash.run(
        form,
        binding,
        request -> done(request.takeAt(desk, id, request.version(), staffResolver.of(user))),
        redirect);
    return BACK;
  }

  /** What was done, as the case's trail says: one form assigns or reassigns. */
  private static ActionFlash.Done done(MediationCase changed) {
    List<HistoryEntry> history = changed.history();
    return new ActionFlash.Done(history.get(history.size() - 1).action().name(), changed.number());
  }
}
