package io.civicline.kit.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.civicline.kit.problem.ConflictException;
import io.civicline.kit.problem.ForbiddenException;
import io.civicline.kit.problem.InvalidRequestException;
import java.util.HashMap;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class ActionFlashTests {

  record Form(String reason, Long version) implements VersionedRequest {}

  final StaticMessageSource messages = new StaticMessageSource();
  final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
  final ActionFlash flash =
      new ActionFlash(messages, e -> e.current() instanceof Long version ? version : null);

  ActionFlashTests() {
    messages.setUseCodeAsDefaultMessage(true);
    Locale locale = Locale.getDefault();
    messages.addMessage("flash.check", locale, "check: {0}");
    messages.addMessage("flash.done", locale, "{0}: {1}");
    messages.addMessage("flash.stale", locale, "stale: saw {0}, now {1}");
    messages.addMessage("flash.refused", locale, "refused: {0}");
    messages.addMessage("flash.invalid", locale, "invalid: {0}");
    messages.addMessage("flash.forbidden", locale, "forbidden: {0}");
    messages.addMessage("field.reason", locale, "Reason");
    messages.addMessage("action.REOPEN", locale, "Reopen");
  }

  @Test
  void aFormWithFieldErrorsNamesTheFieldsAndRunsNothing() {
    Form form = new Form(null, 3L);
    BindingResult binding = new BeanPropertyBindingResult(form, "form");
    binding.addError(new FieldError("form", "reason", "must not be blank"));
    AtomicBoolean ran = new AtomicBoolean();

    flash.run(
        form,
        binding,
        f -> {
          ran.set(true);
          return new ActionFlash.Done("REOPEN", "T-1");
        },
        redirect);

    assertThat(ran).isFalse();
    assertThat(redirect.getFlashAttributes().get("error")).isEqualTo("check: Reason");
  }

  @Test
  void aDoneActionSaysWhatWasDoneToWhichRecord() {
    flash.run(new Form("why", 3L), ok(), f -> new ActionFlash.Done("REOPEN", "T-1"), redirect);

    assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("Reopen: T-1");
  }

  @Test
  void aConflictOverANewerVersionWarnsThatTheRecordChanged() {
    flash.run(new Form("why", 3L), ok(), refusedWith(new ConflictException("no", 4L)), redirect);

    assertThat(redirect.getFlashAttributes().get("warning")).isEqualTo("stale: saw 3, now 4");
  }

  @Test
  void aConflictAtTheSeenVersionIsARefusal() {
    flash.run(
        new Form("why", 3L), ok(), refusedWith(new ConflictException("closed", 3L)), redirect);

    assertThat(redirect.getFlashAttributes().get("warning")).isEqualTo("refused: closed");
  }

  @Test
  void aBrokenRuleAndAForbiddenActionAreErrors() {
    flash.run(
        new Form("why", null),
        ok(),
        refusedWith(new InvalidRequestException("reason", "too vague")),
        redirect);
    assertThat(redirect.getFlashAttributes().get("error")).isEqualTo("invalid: Reason: too vague");

    flash.run(
        new Form("why", null), ok(), refusedWith(new ForbiddenException("not yours")), redirect);
    assertThat(redirect.getFlashAttributes().get("error")).isEqualTo("forbidden: not yours");
  }

  private static BindingResult ok() {
    return new MapBindingResult(new HashMap<>(), "form");
  }

  private static java.util.function.Function<Form, ActionFlash.Done> refusedWith(
      RuntimeException e) {
    return f -> {
      throw e;
    };
  }
}
