package io.civicline.hotline.web;

import io.civicline.hotline.api.SearchParameters;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to another page of the same search, keeping every filter given: the next one, after the
 * cursor of the page shown, or the first.
 */
final class SearchLinks {

  private SearchLinks() {}

  static String next(SearchParameters s, String after) {
    return link(s).queryParam("after", after).encode().build().toUriString();
  }

  static String first(SearchParameters s) {
    return link(s).encode().build().toUriString();
  }

  private static UriComponentsBuilder link(SearchParameters s) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/console/search");
    add(link, "q", s.q());
    add(link, "status", s.status());
    add(link, "district", s.district());
    add(link, "category", s.category());
    add(link, "topic", s.topic());
    add(link, "channel", s.channel());
    add(link, "street", s.street());
    add(link, "overdue", s.overdue());
    add(link, "department", s.department());
    add(link, "fact", s.fact());
    add(link, "from", s.from());
    add(link, "to", s.to());
    add(link, "size", s.size());
    return link;
  }

  private static void add(UriComponentsBuilder link, String name, String value) {
    if (value != null && !value.isBlank()) {
      link.queryParam(name, value.strip());
    }
  }
}
