package io.civicline.mediation.web;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;

/**
 * How the fields of the case page's forms read as the fields of the API's action requests: a field
 * left empty is none, a day picked for a deadline is its end in the city, a day picked for
 * something that happened is its end or now, whichever is earlier, and the participants of a
 * session are typed one per line or separated by commas or 、.
 */
final class ActionFormFields {

  private static final String NAME_SEPARATORS = "[\\n\\r,，、;；]+";

  private ActionFormFields() {}

  static void register(WebDataBinder binder, CaseLabels labels, Instant now) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    binder.registerCustomEditor(Instant.class, "deadline", new DayEditor(labels::endOf));
    Function<LocalDate, Instant> happened = day -> earlier(labels.endOf(day), now);
    binder.registerCustomEditor(Instant.class, "appliedAt", new DayEditor(happened));
    binder.registerCustomEditor(Instant.class, "confirmedAt", new DayEditor(happened));
    binder.registerCustomEditor(List.class, "participants", new NamesEditor());
  }

  /**
   * Today's application counts from now, not from the end of today, so that it does not lie after
   * an agreement reached earlier today plus its window.
   */
  private static Instant earlier(Instant a, Instant b) {
    return a.isAfter(b) ? b : a;
  }

  /** A {@code yyyy-MM-dd} day as a moment. */
  private static final class DayEditor extends PropertyEditorSupport {

    private final Function<LocalDate, Instant> moment;

    DayEditor(Function<LocalDate, Instant> moment) {
      this.moment = moment;
    }

    @Override
    public void setAsText(String text) {
      if (text == null || text.isBlank()) {
        setValue(null);
        return;
      }
      try {
        setValue(moment.apply(LocalDate.parse(text.strip())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a day: " + text, e);
      }
    }
  }

  /** The names in a text, one per line or separated by commas; none for an empty text. */
  private static final class NamesEditor extends PropertyEditorSupport {

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
