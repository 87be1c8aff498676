package io.civicline.mediation.web;

import static io.civicline.kit.problem.GivenText.blankToNull;

import io.civicline.mediation.api.SearchParameters;
import io.civicline.mediation.store.CaseFact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a drill-down list is, in the user's language: the figure, its period (or "now" for a live
 * one) and the breakdown it came from, e.g. {@code 调解成功 2026-03-01 – 2026-03-31, 伊美区}.
 */
@Component
class FigureCaption {

  private final CaseLabels labels;
  private final MessageSource messages;

  FigureCaption(CaseLabels labels, MessageSource messages) {
    this.labels = labels;
    this.messages = messages;
  }

  /** The caption of a search for a figure's cases; null for any other search. */
  String of(SearchParameters search, Locale locale) {
    CaseFact fact = search.figure().orElse(null);
    if (fact == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    parts.add(text("fact." + fact.figure(), locale) + " " + period(fact, search, locale));
    if (blankToNull(search.district()) != null) {
      parts.add(labels.district(search.district().strip()));
    }
    if (search.disputeTypeCode() != null) {
      parts.add(labels.disputeType(search.disputeTypeCode()));
    }
    if (blankToNull(search.body()) != null) {
      parts.add(labels.body(search.body().strip()));
    }
    return String.join(", ", parts);
  }

  private String period(CaseFact fact, SearchParameters search, Locale locale) {
    if (!fact.dated()) {
      return text("fact.now", locale);
    }
    if (search.from() == null && search.to() == null) {
      return text("fact.allDays", locale);
    }
    return day(search.from()) + " – " + day(search.to());
  }

  private static String day(LocalDate day) {
    return day == null ? "…" : day.toString();
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
