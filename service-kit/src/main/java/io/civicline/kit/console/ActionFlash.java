package io.civicline.kit.console;

import io.civicline.kit.problem.ConflictException;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs the action of one console form and leaves the page the form goes back to a message: {@code
 * notice} when done; {@code warning} when the record changed since the user saw it or its state
 * refuses the action (the page then shows the record as it is now); {@code error} naming the fields
 * to correct, the rule broken, or what the user's role may not do. A form with field errors changes
 * nothing.
 *
 * <p>The texts come from the service's messages: {@code flash.done} (action, record number), {@code
 * flash.stale} (version seen, version now), {@code flash.refused}, {@code flash.check}, {@code
 * flash.invalid}, {@code flash.forbidden}, and the labels {@code action.<name>} and {@code
 * field.<name>}.
 */
public final class ActionFlash {

  /** An action done: its name (for {@code action.<name>}) and the record's number. */
  public record Done(String action, String number) {}

  private final MessageSource messages;
  private final Function<ConflictException, Long> currentVersion;

  /**
   * @param currentVersion the version of the record a conflict carries, or null when it has none
   */
  public ActionFlash(MessageSource messages, Function<ConflictException, Long> currentVersion) {
    this.messages = messages;
    this.currentVersion = currentVersion;
  }

  /**
   * Runs {@code action} on the bound {@code form} unless binding or validating it failed (then the
   * form may be null), and flashes how it went.
   */
  public <F extends VersionedRequest> void run(
      F form, BindingResult binding, Function<F, Done> action, RedirectAttributes redirect) {
    Locale locale = LocaleContextHolder.getLocale();
    if (binding.hasErrors()) {
      Stream<String> fields = binding.getFieldErrors().stream().map(FieldError::getField);
      redirect.addFlashAttribute("error", text("flash.check", locale, labels(fields, locale)));
      return;
    }
    try {
      Done done = action.apply(form);
      String label = text("action." + done.action(), locale);
      redirect.addFlashAttribute("notice", text("flash.done", locale, label, done.number()));
    } catch (ConflictException e) {
      Long now = currentVersion.apply(e);
      boolean stale = form.version() != null && now != null && !now.equals(form.version());
      redirect.addFlashAttribute(
          "warning",
          stale
              ? text("flash.stale", locale, form.version(), now)
              : text("flash.refused", locale, e.getMessage()));
    } catch (InvalidRequestException e) {
      String problems =
          e.fields().stream()
              .map(f -> label(f.field(), locale) + ": " + f.message())
              .collect(Collectors.joining("; "));
      redirect.addFlashAttribute("error", text("flash.invalid", locale, problems));
    } catch (ForbiddenException e) {
      redirect.addFlashAttribute("error", text("flash.forbidden", locale, e.getMessage()));
    }
  }

  private String labels(Stream<String> fields, Locale locale) {
    return fields.distinct().map(f -> label(f, locale)).collect(Collectors.joining(", "));
  }

  private String label(String field, Locale locale) {
    return Objects.requireNonNull(messages.getMessage("field." + field, null, field, locale));
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
