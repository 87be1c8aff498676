package io.civicline.stats.report;

import io.civicline.events.ReferenceData;
import io.civicline.stats.figures.Dimension;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Chinese or English names the reference data gives the city and the codes of each dimension; a
 * code the data does not name is printed as it is.
 */
@Component
class CodeLabels {

  private final ReferenceData reference;

  CodeLabels(ReferenceData reference) {
    this.reference = reference;
  }

  String city(ReportLanguage language) {
    return language.pick(reference.city().zh(), reference.city().en());
  }

  String of(Dimension dimension, String code, ReportLanguage language) {
    Optional<String> label =
        switch (dimension) {
          case DISTRICT -> reference.district(code).map(c -> language.pick(c.zh(), c.en()));
          case CATEGORY -> reference.ticketCategory(code).map(c -> language.pick(c.zh(), c.en()));
          case TOPIC -> reference.ticketTopic(code).map(t -> language.pick(t.zh(), t.en()));
          case CHANNEL -> reference.channel(code).map(c -> language.pick(c.zh(), c.en()));
          case DEPARTMENT -> reference.department(code).map(c -> language.pick(c.zh(), c.en()));
          case TYPE -> reference.disputeType(code).map(t -> language.pick(t.zh(), t.en()));
          case BODY -> reference.mediatingBody(code).map(b -> language.pick(b.zh(), b.en()));
          case STREET -> reference.street(code).map(s -> language.pick(s.zh(), s.en()));
          case CITY, TOPIC_DISTRICT, TOPIC_STREET -> Optional.empty();
        };
    return label.orElse(code);
  }
}
