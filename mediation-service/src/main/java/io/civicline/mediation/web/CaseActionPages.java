package io.civicline.mediation.web;

import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.problem.ConflictException;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.mediation.CaseConflictException;
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
import io.civicline.mediation.domain.MediationCase;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case's actions, one form each, bound to the same request records as the API's actions and
 * validated alike ({@link ActionFormFields} reads the form's days and lines). Every post goes back
 * to the case page with a message: done, a warning when the case changed meanwhile or its state no
 * longer allows the action (the page then shows the case as it is now), or what was wrong with the
 * form or who may not do this.
 */
@ConsoleController
class CaseActionPages {

  private static final String BACK = "redirect:/console/cases/{id}";

  private final MediationDesk desk;
  private final StaffResolver staffResolver;
  private final CaseLabels labels;
  private final MessageSource messages;

  CaseActionPages(
      MediationDesk desk, StaffResolver staffResolver, CaseLabels labels, MessageSource messages) {
    this.desk = desk;
    this.staffResolver = staffResolver;
    this.labels = labels;
    this.messages = messages;
  }

  @InitBinder("form")
  void formFields(WebDataBinder binder) {
    ActionFormFields.register(binder, labels, desk.now());
  }

  @PostMapping("/console/cases/{id}/assign")
  String assign(
      @PathVariable String id,
      @Valid @ModelAttribute("form") Assign form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect,
      Locale locale) {
    return take(id, form, binding, user, redirect, locale);
  }

  @PostMapping("/console/cases/{id}/session")
  String holdSession(
      @PathVariable String id,
      @Valid @ModelAttribute("form") SessionRecord form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect,
      Locale locale) {
    return take(id, form, binding, user, redirect, locale);
  }

  @PostMapping("/console/cases/{id}/extend")
  String extend(
      @PathVariable String id,
      @Valid @ModelAttribute("form") Extension form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect,
      Locale locale) {
    return take(id, form, binding, user, redirect, locale);
  }

  @PostMapping("/console/cases/{id}/close")
  String close(
      @PathVariable String id,
      @Valid @ModelAttribute("form") Close form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect,
      Locale locale) {
    return take(id, form, binding, user, redirect, locale);
  }

  @PostMapping("/console/cases/{id}/follow-up")
  String followUp(
      @PathVariable String id,
      @Valid @ModelAttribute("form") FollowUp form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect,
      Locale locale) {
    return take(id, form, binding, user, redirect, locale);
  }

  @PostMapping("/console/cases/{id}/judicial-confirmation")
  String confirmJudicially(
      @PathVariable String id,
      @Valid @ModelAttribute("form") JudicialConfirmation form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect,
      Locale locale) {
    return take(id, form, binding, user, redirect, locale);
  }

  @PostMapping("/console/cases/{id}/reopen")
  String reopen(
      @PathVariable String id,
      @Valid @ModelAttribute("form") Reopen form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect,
      Locale locale) {
    return take(id, form, binding, user, redirect, locale);
  }

  @PostMapping("/console/cases/{id}/decline")
  String decline(
      @PathVariable String id,
      @Valid @ModelAttribute("form") Decline form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect,
      Locale locale) {
    return take(id, form, binding, user, redirect, locale);
  }

  private String take(
      String id,
      CaseActionRequest form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect,
      Locale locale) {
    if (binding.hasErrors()) {
      List<String> bad =
          binding.getFieldErrors().stream().map(CaseActionPages::field).distinct().toList();
      redirect.addFlashAttribute("error", text("flash.check", locale, fieldLabels(bad, locale)));
      return BACK;
    }
    try {
      MediationCase done = form.takeAt(desk, id, form.version(), staffResolver.of(user));
      String label =
          text("action." + done.history().get(done.history().size() - 1).action(), locale);
      redirect.addFlashAttribute("notice", text("flash.done", locale, label, done.number()));
    } catch (CaseConflictException e) {
      MediationCase now = e.mediationCase();
      Long seen = form.version();
      boolean stale = seen != null && now != null && now.version() != seen;
      redirect.addFlashAttribute(
          "warning",
          stale
              ? text("flash.stale", locale, seen, now.version())
              : text("flash.refused", locale, e.getMessage()));
    } catch (ConflictException e) {
      redirect.addFlashAttribute("warning", text("flash.refused", locale, e.getMessage()));
    } catch (InvalidRequestException e) {
      String fields =
          e.fields().stream()
              .map(f -> fieldLabel(f.field(), locale) + ": " + f.message())
              .collect(Collectors.joining("; "));
      redirect.addFlashAttribute("error", text("flash.invalid", locale, fields));
    } catch (ForbiddenException e) {
      redirect.addFlashAttribute("error", text("flash.forbidden", locale, e.getMessage()));
    }
    return BACK;
  }

  /** The form's field of an error: the participants, not their third name. */
  private static String field(FieldError error) {
    int index = error.getField().indexOf('[');
    return index < 0 ? error.getField() : error.getField().substring(0, index);
  }

  private String fieldLabels(List<String> fields, Locale locale) {
    return fields.stream().map(f -> fieldLabel(f, locale)).collect(Collectors.joining(", "));
  }

  private String fieldLabel(String field, Locale locale) {
    return messages.getMessage("field." + field, null, field, locale);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
