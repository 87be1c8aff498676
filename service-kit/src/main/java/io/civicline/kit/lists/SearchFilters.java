package io.civicline.kit.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.query.Criteria;

/** The filters a search combines, every one of which a document must meet. */
public final class SearchFilters {

  private SearchFilters() {}

  /** Adds {@code path} equal to {@code value}, if the search gives one. */
  public static void addIfGiven(List<Criteria> filters, String path, Object value) {
    if (value != null) {
      filters.add(Criteria.where(path).is(value));
    }
  }

  /** A record number ({@code path}) that begins with {@code prefix}. */
  public static Criteria numberStarting(String path, String prefix) {
    return Criteria.where(path).regex("^" + Pattern.quote(prefix));
  }

  /**
   * The documents with every word of the query {@code q} ({@link SearchWords#ofQuery}); none when
   * it has no word to match.
   */
  public static Criteria words(String q) {
    List<String> words = SearchWords.ofQuery(q);
    // No word to match: a criterion nothing meets, as no document lacks an id.
    return words.isEmpty()
        ? Criteria.where("_id").exists(false)
        : Criteria.where(SearchWords.FIELD).all(words);
  }
}
