package io.civicline.hotline.web;

import io.civicline.events.ReferenceData;
import io.civicline.events.ReferenceData.Topic;
import io.civicline.kit.console.CityLabels;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ticket codes as the agent console shows them, in the user's language, besides the districts
 * and times of {@link CityLabels}. Templates call it as {@code @labels}.
 */
@Component("labels")
class ConsoleLabels extends CityLabels {

  ConsoleLabels(ReferenceData reference) {
    super(reference);
  }

  public String channel(String code) {
    return label(reference.channel(code), code);
  }

  public String category(String code) {
    return label(reference.ticketCategory(code), code);
  }

  public String department(String code) {
    return label(reference.department(code), code);
  }

  public String topic(String code) {
    return reference
        .ticketTopic(code)
        .map(topic -> inLanguage(topic.zh(), topic.en()))
        .orElse(code == null ? "" : code);
  }

  /** A street's or township's name; empty for none. */
  public String street(String code) {
    return reference
        .street(code)
        .map(street -> inLanguage(street.zh(), street.en()))
        .orElse(code == null ? "" : code);
  }

  /** The streets and townships of {@code district}, for a form's list. */
  public List<Option> streetsOf(String district) {
    return streetOptions(reference.streetsOf(district));
  }

  /** Every street and township of the city, for the search's filter. */
  public List<Option> streets() {
    return streetOptions(reference.streets());
  }

  private static List<Option> streetOptions(List<ReferenceData.Street> streets) {
    return streets.stream().map(s -> new Option(s.code(), inLanguage(s.zh(), s.en()))).toList();
  }

  /** The department an agent usually dispatches this topic to, or none. */
  public String suggestedDepartment(String topic) {
    return topic == null ? null : reference.ticketTopic(topic).map(Topic::department).orElse(null);
  }

  public List<Option> channels() {
    return options(reference.channels());
  }

  public List<Option> categories() {
    return options(reference.ticketCategories());
  }

  public List<Option> departments() {
    return options(reference.departments());
  }

  public List<Option> topics() {
    return reference.ticketTopics().stream()
        .map(t -> new Option(t.code(), inLanguage(t.zh(), t.en())))
        .toList();
  }
}
