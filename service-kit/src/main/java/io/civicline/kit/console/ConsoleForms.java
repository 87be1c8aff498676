package io.civicline.kit.console;

import io.civicline.kit.problem.FieldProblem;
import io.civicline.kit.problem.InvalidRequestException;
import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * How a console form binds the request records the API takes as JSON: text is trimmed and a field
 * left empty is absent, and a moment (a deadline, say) is picked as a day, which means the end of
 * that day in the city. {@link ConsoleFormBinding} binds every console action form so.
 */
public final class ConsoleForms {

  private ConsoleForms() {}

  public static void bindAsPicked(WebDataBinder binder, CityLabels labels) {
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    binder.registerCustomEditor(Instant.class, new EndOfDay(labels));
  }

  /**
   * Shows the desk's refusal of a form on it: a problem whose field {@code codeOf} gives an error
   * code (a code the form has no list for, say) next to that field, any other at the top of the
   * form as {@code otherCode}, naming its field.
   */
  public static void reject(
      BindingResult form,
      InvalidRequestException refusal,
      Function<String, String> codeOf,
      String otherCode) {
    for (FieldProblem problem : refusal.fields()) {
      String code = codeOf.apply(problem.field());
      if (code != null) {
        form.rejectValue(problem.field(), code, problem.message());
      } else {
        form.reject(otherCode, problem.field() + ": " + problem.message());
      }
    }
  }

  /** A day from an {@code <input type="date">} (e.g. {@code 2026-03-31}) as its last moment. */
  private static final class EndOfDay extends PropertyEditorSupport {

    private final CityLabels labels;

    EndOfDay(CityLabels labels) {
      this.labels = labels;
    }

    @Override
    public void setAsText(String text) {
      if (text == null || text.isBlank()) {
        setValue(null);
        return;
      }
      try {
        setValue(labels.endOf(LocalDate.parse(text.strip())));
      } catch (DateTimeParseException e) {
        // Binding reports an IllegalArgumentException as the field's error, not as a fault.
        throw new IllegalArgumentException("not a day: " + text, e);
      }
    }
  }
}
