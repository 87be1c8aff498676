package io.civicline.mediation.web;

import static io.civicline.mediation.web.ConsolePages.blankToNull;

import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.problem.ConflictException;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.problem.NotFoundException;
import io.civicline.kit.problem.RecordConflictException;
import io.civicline.mediation.MediationDesk;
import io.civicline.mediation.StaffResolver;
import io.civicline.mediation.domain.MediationCase;
import io.civicline.mediation.domain.Staff;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case's actions, one form each. Every post goes back to the case page with a message: done, a
 * warning when the case changed meanwhile or its state no longer allows the action (the page then
 * shows the case as it is now), or what was wrong with the form or who may not do this.
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

  @PostMapping("/console/cases/{id}/{action}")
  String act(
      @PathVariable String id,
      @PathVariable String action,
      @ModelAttribute("form") ActionForm form,
      BindingResult binding,
      Authentication user,
      RedirectAttributes redirect,
      Locale locale) {
    ConsoleAction what =
        ConsoleAction.ofSlug(action).orElseThrow(() -> new NotFoundException("action", action));
    List<String> bad =
        binding.hasFieldErrors()
            ? binding.getFieldErrors().stream().map(FieldError::getField).distinct().toList()
            : form.problemsFor(what);
    if (!bad.isEmpty()) {
      redirect.addFlashAttribute("error", text("flash.check", locale, fieldLabels(bad, locale)));
      return BACK;
    }
    try {
      MediationCase done = apply(what, id, form, staffResolver.of(user));
      String label =
          text("action." + done.history().get(done.history().size() - 1).action(), locale);
      redirect.addFlashAttribute("notice", text("flash.done", locale, label, done.number()));
    } catch (RecordConflictException e) {
      MediationCase now = e.record(MediationCase.class);
      boolean stale =
          form.getVersion() != null && now != null && now.version() != form.getVersion();
      redirect.addFlashAttribute(
          "warning",
          stale
              ? text("flash.stale", locale, form.getVersion(), now.version())
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

  private MediationCase apply(ConsoleAction what, String id, ActionForm form, Staff by) {
    Long version = form.getVersion();
    return switch (what) {
      case ASSIGN ->
          desk.assign(
              id,
              version,
              by,
              form.getMediator().strip(),
              blankToNull(form.getBody()),
              form.noteOrNull());
      case SESSION ->
          desk.holdSession(
              id,
              version,
              by,
              form.getDate(),
              form.participantList(),
              blankToNull(form.getNotes()));
      case EXTEND ->
          desk.extend(
              id,
              version,
              by,
              labels.endOf(form.getDeadline()),
              form.isPartiesConsent(),
              form.getReason().strip());
      case CLOSE -> desk.close(id, version, by, form.closeCommand());
      case DECLINE -> desk.decline(id, version, by, form.getDeclineReason(), form.noteOrNull());
      case FOLLOW_UP -> desk.followUp(id, version, by, form.getPerformance(), form.noteOrNull());
      case CONFIRM_JUDICIALLY ->
          desk.confirmJudicially(
              id,
              version,
              by,
              form.getCourt().strip(),
              latestPastMomentOf(form.getAppliedAt()),
              form.getConfirmedAt() == null ? null : latestPastMomentOf(form.getConfirmedAt()));
      case REOPEN -> desk.reopen(id, version, by, form.getReason().strip());
    };
  }

  /**
   * A day picked for something that happened: its end, or now when that is today, so that an
   * application made today counts from after the agreement reached earlier today.
   */
  private Instant latestPastMomentOf(LocalDate day) {
    Instant end = labels.endOf(day);
    Instant now = desk.now();
    return end.isAfter(now) ? now : end;
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
