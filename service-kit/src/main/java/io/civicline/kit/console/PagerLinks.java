package io.civicline.kit.console;

import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list's pager ({@code kit/console :: pager(first, next)}): to the first page, null
 * on the first, and to the page after this one, null on the last.
 */
public record PagerLinks(String first, String next) {

  /**
   * The pager of the list at {@code path} whose page starts {@code after} a cursor (none: the first
   * page) and is followed by the page after {@code next} (none: this is the last).
   */
  public static PagerLinks of(String path, String after, String next) {
    return new PagerLinks(
        after == null || after.isBlank() ? null : path,
        next == null
            ? null
            : UriComponentsBuilder.fromPath(path).queryParam("after", next).toUriString());
  }

  /** As the model attributes {@code first} and {@code next} the pager fragment reads. */
  public void addTo(Model model) {
    model.addAttribute("first", first);
    model.addAttribute("next", next);
  }
}
