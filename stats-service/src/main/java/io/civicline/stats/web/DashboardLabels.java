package io.civicline.stats.web;

import io.civicline.events.ReferenceData;
import io.civicline.kit.console.CityLabels;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The codes the dashboard's charts are broken down by, in the user's language, besides the
 * districts of {@link CityLabels}. Templates call it as {@code @labels}.
 */
@Component("labels")
class DashboardLabels extends CityLabels {

  DashboardLabels(ReferenceData reference) {
    super(reference);
  }

  public List<Option> categories() {
    return options(reference.ticketCategories());
  }

  public List<Option> topics() {
    return reference.ticketTopics().stream()
        .map(topic -> new Option(topic.code(), inLanguage(topic.zh(), topic.en())))
        .toList();
  }

  public List<Option> channels() {
    return options(reference.channels());
  }

  public List<Option> departments() {
    return options(reference.departments());
  }

  public List<Option> streets() {
    return reference.streets().stream()
        .map(street -> new Option(street.code(), inLanguage(street.zh(), street.en())))
        .toList();
  }

  public List<Option> disputeTypes() {
    return reference.disputeTypes().stream()
        .map(type -> new Option(type.code(), inLanguage(type.zh(), type.en())))
        .toList();
  }
}
