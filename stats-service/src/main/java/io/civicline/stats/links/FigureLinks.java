package io.civicline.stats.links;

import io.civicline.stats.figures.Breakdown;
import io.civicline.stats.figures.CaseFigures;
import io.civicline.stats.figures.Dimension;
import io.civicline.stats.figures.Figure;
import io.civicline.stats.figures.HotlineFigures;
import io.civicline.stats.figures.MediationFigures;
import io.civicline.stats.figures.Period;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The one mapping from a count to the console search listing the tickets or cases behind it: the
 * hotline's {@code /console/search?fact=…} and mediation's {@code /console/cases?fact=…}, with the
 * period's first and last day ({@code from}, {@code to}; none for a live figure) and the slice's
 * code. Rates, means and medians are not counts and have no link.
 */
@Component
@EnableConfigurationProperties(LinkProperties.class)
public class FigureLinks {

  private static final Map<Dimension, String> PARAMETERS =
      Map.of(
          Dimension.DISTRICT, "district",
          Dimension.CATEGORY, "category",
          Dimension.TOPIC, "topic",
          Dimension.CHANNEL, "channel",
          Dimension.DEPARTMENT, "department",
          Dimension.TYPE, "type",
          Dimension.BODY, "body",
          Dimension.STREET, "street");

  /** A counter that is a sum of days, not a number of cases. */
  private static final Set<String> NOT_COUNTS = Set.of("daysToCloseTotal");

  private final Map<String, Search> searches;

  FigureLinks(LinkProperties properties, HotlineFigures hotline, MediationFigures mediation) {
    this.searches =
        Map.of(
            "hotline", new Search(properties.hotline() + "/console/search?fact=", hotline),
            "mediation", new Search(properties.mediation() + "/console/cases?fact=", mediation));
  }

  /** The link of every count of {@code family} ("hotline", "mediation"): figure → URL. */
  public Map<String, String> of(String family, Period period, Breakdown breakdown) {
    Search search = searches.get(family);
    Map<String, String> links = new LinkedHashMap<>();
    search.counts.forEach(
        (figure, live) -> {
          if (listed(figure, breakdown)) {
            links.put(
                figure, search.link(figure, live, period.start(), period.lastDay(), breakdown));
          }
        });
    return links;
  }

  /** The link of one count, from {@code from} to {@code to}; null for what is not a count. */
  public String of(
      String family, String figure, LocalDate from, LocalDate to, Breakdown breakdown) {
    Search search = searches.get(family);
    Boolean live = search.counts.get(figure);
    return live == null || !listed(figure, breakdown)
        ? null
        : search.link(figure, live, from, to, breakdown);
  }

  /** A department's row has no tickets behind a figure no department is charged with. */
  private static boolean listed(String figure, Breakdown breakdown) {
    return breakdown.dimension() != Dimension.DEPARTMENT
        || HotlineFigures.chargesDepartments(figure);
  }

  /** One console's search and the counts it lists, each with whether it is live. */
  private static final class Search {

    private final String prefix;
    private final Map<String, Boolean> counts;

    Search(String prefix, CaseFigures<?> figures) {
      this.prefix = prefix;
      this.counts =
          figures.figures().stream()
              .filter(figure -> figure.buckets() == 0 && !NOT_COUNTS.contains(figure.name()))
              .collect(
                  Collectors.toMap(Figure::name, Figure::live, (a, b) -> a, LinkedHashMap::new));
    }

    /** Codes and figure names are URL-safe ({@code [A-Za-z0-9_.-]}), so nothing is encoded. */
    String link(String figure, boolean live, LocalDate from, LocalDate to, Breakdown breakdown) {
      StringBuilder url = new StringBuilder(prefix).append(figure);
      if (!live) {
        url.append("&from=").append(from).append("&to=").append(to);
      }
      if (Breakdown.isTopicInAPlace(breakdown.dimension())) {
        url.append("&topic=").append(breakdown.topicAndPlace().get(0));
        url.append(breakdown.dimension() == Dimension.TOPIC_STREET ? "&street=" : "&district=");
        url.append(breakdown.topicAndPlace().get(1));
      } else if (breakdown.dimension() != Dimension.CITY) {
        url.append('&').append(PARAMETERS.get(breakdown.dimension())).append('=');
        url.append(breakdown.code());
      }
      return url.toString();
    }
  }
}
