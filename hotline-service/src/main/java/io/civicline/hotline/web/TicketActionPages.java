package io.civicline.hotline.web;

import io.civicline.hotline.StaffResolver;
import io.civicline.hotline.TicketDesk;
import io.civicline.hotline.domain.Staff;
import io.civicline.hotline.domain.Ticket;
import io.civicline.kit.console.ConsoleController;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import io.civicline.kit.problem.NotFoundException;
import io.civicline.kit.problem.RecordConflictException;
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
 * The ticket's actions, one form each. Every post goes back to the ticket page with a message:
 * done, a warning when the ticket changed meanwhile or its status no longer allows the action (the
 * page then shows the ticket as it is now), or what was wrong with the form.
 */
@ConsoleController
class TicketActionPages {

  private static final String BACK = "redirect:/console/tickets/{id}";

  private final TicketDesk desk;
  private final StaffResolver staffResolver;
  private final ConsoleLabels labels;
  private final MessageSource messages;

  TicketActionPages(
      TicketDesk desk, StaffResolver staffResolver, ConsoleLabels labels, MessageSource messages) {
    this.desk = desk;
    this.staffResolver = staffResolver;
    this.labels = labels;
    this.messages = messages;
  }

  @PostMapping("/console/tickets/{id}/{action}")
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
      Ticket done = apply(what, id, form, staffResolver.of(user));
      String label = text("action." + what.action().name(), locale);
      redirect.addFlashAttribute("notice", text("flash.done", locale, label, done.number()));
    } catch (RecordConflictException e) {
      Ticket now = e.record(Ticket.class);
      boolean stale =
          form.getVersion() != null && now != null && now.version() != form.getVersion();
      redirect.addFlashAttribute(
          "warning",
          stale
              ? text("flash.stale", locale, form.getVersion(), now.version())
              : text("flash.refused", locale, e.getMessage()));
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

  private Ticket apply(ConsoleAction what, String id, ActionForm form, Staff by) {
    Long version = form.getVersion();
    String note = form.noteOrNull();
    return switch (what) {
      case DISPATCH ->
          desk.dispatch(
              id, version, by, form.getDepartment(), labels.endOf(form.getDeadline()), note);
      case SIGN -> desk.sign(id, version, by);
      case RETURN -> desk.returnToAgents(id, version, by, form.getReason().strip());
      case REQUEST_EXTENSION ->
          desk.requestExtension(
              id, version, by, labels.endOf(form.getDeadline()), form.getReason().strip());
      case GRANT_EXTENSION -> desk.decideExtension(id, version, by, true, note);
      case REFUSE_EXTENSION -> desk.decideExtension(id, version, by, false, note);
      case REPLY -> desk.reply(id, version, by, form.getResult(), note);
      case CALLBACK -> desk.callback(id, version, by, form.getRating(), form.getSolved(), note);
      case REOPEN -> desk.reopen(id, version, by, form.getReason().strip());
      case CLOSE -> desk.close(id, version, by, note);
      case REFER -> desk.refer(id, version, by, note);
      case DUPLICATE_OF -> desk.markDuplicate(id, version, by, form.getOriginal().strip(), note);
      case SUPERVISE -> desk.supervise(id, version, by, note);
      case URGE -> desk.urge(id, version, by, note);
    };
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
