package io.civicline.mediation.web;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.WebDataBinder;

/**
 * The case page's fields that read otherwise than {@link io.civicline.kit.console.ConsoleForms}
 * reads a console form: a day picked for something that happened (an application for judicial
 * confirmation, the confirmation) is the end of that day or now, whichever is earlier, and the
 * participants of a session are typed one per line or separated by commas or 、.
 */
final class CaseFormFields {

  private static final String NAME_SEPARATORS = "[\\n\\r,，、;；]+";

  private CaseFormFields() {}

  static void register(WebDataBinder binder, CaseLabels labels, Instant now) {
    binder.registerCustomEditor(Instant.class, "appliedAt", new HappenedOn(labels, now));
    binder.registerCustomEditor(Instant.class, "confirmedAt", new HappenedOn(labels, now));
    binder.registerCustomEditor(List.class, "participants", new Names());
  }

  /**
   * A day as its last moment that has passed: an application made today counts from now, so that it
   * does not lie after an agreement reached earlier today plus its window.
   */
  private static final class HappenedOn extends PropertyEditorSupport {

    private final CaseLabels labels;
    private final Instant now;

    HappenedOn(CaseLabels labels, Instant now) {
      this.labels = labels;
      this.now = now;
    }

    @Override
    public void setAsText(String text) {
      if (text == null || text.isBlank()) {
        setValue(null);
        return;
      }
      try {
        Instant end = labels.endOf(LocalDate.parse(text.strip()));
        setValue(end.isAfter(now) ? now : end);
      } catch (DateTimeParseException e) {
        // Binding reports an IllegalArgumentException as the field's error, not as a fault.
        throw new IllegalArgumentException("not a day: " + text, e);
      }
    }
  }

  /** The names in a text, one per line or separated by commas; none for an empty text. */
  private static final class Names extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      setValue(
          text == null
              ? List.of()
              : Arrays.stream(text.split(NAME_SEPARATORS))
                  .map(String::strip)
                  .filter(name -> !name.isEmpty())
                  .toList());
    }
  }
}
