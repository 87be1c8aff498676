package io.civicline.stats.api;

import io.civicline.events.ReferenceData;
import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.Dimension;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import io.civicline.stats.streams.StatsTopology;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The figure families the API serves, by the name in the URL, and the codes of each breakdown
 * dimension from the reference data (the rows of a {@code by=} answer).
 */
@Component
public class FigureSources {

  private final Map<String, FigureSource> sources;
  private final ReferenceData reference;

  FigureSources(HotlineFigures hotline, MediationFigures mediation, ReferenceData reference) {
    this.reference = reference;
    this.sources =
        Map.of(
            "hotline",
            new FigureSource(
                hotline,
                StatsTopology.HOTLINE_FIGURES,
                Map.of(
                    "district", Dimension.DISTRICT,
                    "category", Dimension.CATEGORY,
                    "topic", Dimension.TOPIC,
                    "channel", Dimension.CHANNEL,
                    "department", Dimension.DEPARTMENT,
                    "street", Dimension.STREET)),
            "mediation",
            new FigureSource(
                mediation,
                StatsTopology.MEDIATION_FIGURES,
                Map.of(
                    "district", Dimension.DISTRICT,
                    "type", Dimension.TYPE,
                    "body", Dimension.BODY)));
  }

  /** The codes of {@code district}'s streets, in reference-data order. */
  public List<String> streetsOf(String district) {
    return reference.streetsOf(district).stream().map(ReferenceData.Street::code).toList();
  }

  /** The district of the street {@code code}; null for a code the reference data lacks. */
  public String districtOfStreet(String code) {
    return reference.street(code).map(ReferenceData.Street::district).orElse(null);
  }

  private List<String> topicIn(Dimension pair, Dimension place) {
    return codesOf(Dimension.TOPIC).stream()
        .flatMap(
            topic ->
                codesOf(place).stream().map(code -> Breakdown.topicIn(pair, topic, code).code()))
        .toList();
  }

  /** The family named {@code name} in the URL; the path pattern admits only known names. */
  public FigureSource named(String name) {
    return sources.get(name);
  }

  /** Every code of {@code dimension}, in reference-data order. */
  public List<String> codesOf(Dimension dimension) {
    return switch (dimension) {
      case DISTRICT -> reference.districts().stream().map(ReferenceData.Code::code).toList();
      case CATEGORY -> reference.ticketCategories().stream().map(ReferenceData.Code::code).toList();
      case TOPIC -> reference.ticketTopics().stream().map(ReferenceData.Topic::code).toList();
      case CHANNEL -> reference.channels().stream().map(ReferenceData.Code::code).toList();
      case DEPARTMENT -> reference.departments().stream().map(ReferenceData.Code::code).toList();
      case TYPE -> reference.disputeTypes().stream().map(ReferenceData.DisputeType::code).toList();
      case BODY ->
          reference.mediatingBodies().stream().map(ReferenceData.MediatingBody::code).toList();
      case STREET -> reference.streets().stream().map(ReferenceData.Street::code).toList();
      case TOPIC_DISTRICT -> topicIn(Dimension.TOPIC_DISTRICT, Dimension.DISTRICT);
      case TOPIC_STREET -> topicIn(Dimension.TOPIC_STREET, Dimension.STREET);
      case CITY -> List.of();
    };
  }
}
