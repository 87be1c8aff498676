package io.civicline.mediation.web;

import io.civicline.mediation.api.RegisterCaseRequest;
import io.civicline.mediation.api.RegisterCaseRequest.DeclineRequest;
import io.civicline.mediation.api.RegisterCaseRequest.PartyRequest;
import io.civicline.mediation.domain.PartyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The console's intake form as the API's registration request with a table of party lines: a line
 * left empty is no party, and the decline is only what the decline button sends. The API's rules
 * apply to what is registered; nothing here adds one.
 */
final class IntakeLines {

  private static final int MORE_LINES = 2;
  private static final DeclineRequest NO_DECLINE = new DeclineRequest(null, null);

  private IntakeLines() {}

  /** An empty form: an applicant's line, two respondents' lines, a walk-in. */
  static RegisterCaseRequest blank() {
    return new RegisterCaseRequest(
        null,
        null,
        null,
        "WALK_IN",
        List.of(line(PartyRole.APPLICANT), line(PartyRole.RESPONDENT), line(PartyRole.RESPONDENT)),
        null,
        NO_DECLINE);
  }

  /**
   * The form as sent, with every part the page shows: a request may lack the decline, or send fewer
   * lines than the empty form has.
   */
  static RegisterCaseRequest shown(RegisterCaseRequest form) {
    List<PartyRequest> lines = new ArrayList<>(form.parties() == null ? List.of() : form.parties());
    List<PartyRequest> blankLines = blank().parties();
    while (lines.size() < blankLines.size()) {
      lines.add(blankLines.get(lines.size()));
    }
    return withLines(form, lines, form.decline() == null ? NO_DECLINE : form.decline());
  }

  /** The form with two more empty lines, up to {@link RegisterCaseRequest#MAX_PARTIES}. */
  static RegisterCaseRequest withMoreLines(RegisterCaseRequest form) {
    RegisterCaseRequest shown = shown(form);
    List<PartyRequest> lines = new ArrayList<>(shown.parties());
    for (int i = 0; i < MORE_LINES && lines.size() < RegisterCaseRequest.MAX_PARTIES; i++) {
      lines.add(line(PartyRole.RESPONDENT));
    }
    return withLines(shown, lines, shown.decline());
  }

  /** What is registered: the filled lines, and the decline if that button was pressed. */
  static RegisterCaseRequest registered(RegisterCaseRequest form, boolean declines) {
    List<PartyRequest> filled =
        form.parties() == null
            ? List.of()
            : form.parties().stream().filter(line -> !line.isEmpty()).toList();
    return withLines(form, filled, declines ? form.decline() : null);
  }

  /**
   * The errors of the form shown again: the API's rules broken by what is registered, so none of an
   * empty line's and, unless declining, none of the decline's.
   */
  static BindingResult errorsShown(
      RegisterCaseRequest shown, BindingResult errors, boolean declines) {
    List<String> emptyLines =
        shown.parties() == null
            ? List.of()
            : IntStream.range(0, shown.parties().size())
                .filter(i -> shown.parties().get(i).isEmpty())
                .mapToObj(i -> "parties[" + i + "].")
                .toList();
    BeanPropertyBindingResult kept = new BeanPropertyBindingResult(shown, "intake");
    errors.getGlobalErrors().forEach(kept::addError);
    for (FieldError error : errors.getFieldErrors()) {
      String field = error.getField();
      boolean ofTheDecline = field.equals("decline") || field.startsWith("decline.");
      // A value no list offers is refused even on an empty line: only a forged form sends one.
      boolean ofAnEmptyLine =
          !error.isBindingFailure() && emptyLines.stream().anyMatch(field::startsWith);
      if (!ofAnEmptyLine && (declines || !ofTheDecline)) {
        kept.addError(error);
      }
    }
    // The desk's rule, shown with the others rather than after them.
    List<PartyRole> sides =
        registered(shown, declines).parties().stream().map(PartyRequest::role).toList();
    if (!PartyRole.bothSidesIn(sides) && !kept.hasFieldErrors("parties")) {
      kept.rejectValue("parties", "intake.needsBothSides");
    }
    // A request may send no decline at all: declining needs its reason all the same.
    if (declines && shown.decline().reason() == null && !kept.hasFieldErrors("decline.reason")) {
      kept.rejectValue("decline.reason", "NotNull");
    }
    return kept;
  }

  private static PartyRequest line(PartyRole role) {
    return new PartyRequest(role, null, null, null);
  }

  private static RegisterCaseRequest withLines(
      RegisterCaseRequest form, List<PartyRequest> lines, DeclineRequest decline) {
    return new RegisterCaseRequest(
        form.disputeType(),
        form.district(),
        form.township(),
        form.source(),
        lines,
        form.summary(),
        decline);
  }
}
