package io.civicline.hotline.web;

import io.civicline.hotline.api.SearchParameters;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to another page of the same search, keeping every parameter given. */
final class SearchLinks {

  private SearchLinks() {}

  static String page(SearchParameters s, int page) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/search");
    add(link, "q", s.q());
    add(link, "status", s.status());
    add(link, "district", s.district());
    add(link, "category", s.category());
    add(link, "topic", s.topic());
    add(link, "channel", s.channel());
    add(link, "overdue", s.overdue());
    add(link, "department", s.department());
    add(link, "fact", s.fact());
    add(link, "from", s.from());
    add(link, "to", s.to());
    add(link, "page", String.valueOf(page));
    return link.encode().build().toUriString();
  }

  private static void add(UriComponentsBuilder link, String name, String value) {
    if (value != null && !value.isBlank()) {
      link.queryParam(name, value.strip());
    }
  }
}
