package io.civicline.mediation.web;

import io.civicline.events.ReferenceData;
import io.civicline.events.ReferenceData.BodyKind;
import io.civicline.events.ReferenceData.MediatingBody;
import io.civicline.events.ReferenceData.Mediator;
import io.civicline.kit.console.CityLabels;
import io.civicline.mediation.domain.Staff;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The mediation codes as the mediator console shows them, in the user's language, besides the
 * districts and times of {@link CityLabels}: dispute types, sources, mediating bodies, the courts
 * among them, and the mediators of the roster. Templates call it as {@code @labels}.
 */
@Component("labels")
class CaseLabels extends CityLabels {

  CaseLabels(ReferenceData reference) {
    super(reference);
  }

  public String disputeType(String code) {
    return reference
        .disputeType(code)
        .map(type -> inLanguage(type.zh(), type.en()))
        .orElse(code == null ? "" : code);
  }

  public String source(String code) {
    return label(reference.caseSource(code), code);
  }

  public String body(String code) {
    return reference.mediatingBody(code).map(CaseLabels::name).orElse(code == null ? "" : code);
  }

  /** A mediator's name; the code for one no longer on the roster. */
  public String mediator(String code) {
    return reference.mediator(code).map(Mediator::name).orElse(code == null ? "" : code);
  }

  public List<Option> disputeTypes() {
    return reference.disputeTypes().stream()
        .map(type -> new Option(type.code(), inLanguage(type.zh(), type.en())))
        .toList();
  }

  public List<Option> sources() {
    return options(reference.caseSources());
  }

  public List<Option> bodies() {
    return reference.mediatingBodies().stream()
        .map(body -> new Option(body.code(), name(body)))
        .toList();
  }

  /** The people's courts, which confirm agreements judicially. */
  public List<Option> courts() {
    return reference.mediatingBodies().stream()
        .filter(body -> body.kind() == BodyKind.PEOPLES_COURT)
        .map(body -> new Option(body.code(), name(body)))
        .toList();
  }

  /** The roster, each mediator with their body: {@code 王芳 · 伊美区人民调解委员会}. */
  public List<Option> mediators() {
    return mediatorsFor(null);
  }

  /** The mediators the user may give a case to (the assign form's choices); all without one. */
  public List<Option> mediatorsFor(Staff assigner) {
    return reference.mediators().stream()
        .filter(m -> assigner == null || assigner.mayAssignTo(m.code(), m.body()))
        .map(m -> new Option(m.code(), m.name() + " · " + body(m.body())))
        .toList();
  }

  /** The bodies the user may give a case to, as the mediator they are (if they are one). */
  public List<Option> bodiesFor(Staff assigner) {
    return reference.mediatingBodies().stream()
        .filter(body -> assigner.mayAssignTo(assigner.mediator(), body.code()))
        .map(body -> new Option(body.code(), name(body)))
        .toList();
  }

  /** Whether the body is one of the "four offices and one court". */
  public boolean linkage(String body) {
    return Optional.ofNullable(body)
        .flatMap(reference::mediatingBody)
        .map(MediatingBody::linkage)
        .orElse(false);
  }

  private static String name(MediatingBody body) {
    return inLanguage(body.zh(), body.en());
  }
}
