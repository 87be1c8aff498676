package io.civicline.kit.lists;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text for the word search ({@code q}), stored with each document under a multikey
 * index and matched with {@code $all}: MongoDB's text index cannot split Chinese, which has no
 * spaces. A run of Chinese characters gives its overlapping pairs (路灯不亮: 路灯, 灯不, 不亮); a run of
 * other letters or digits gives itself, lower-cased; anything else (punctuation, spaces) separates.
 * Full-width forms count as their ASCII ones. A lone Chinese character gives nothing, in a text as
 * in a query, so a query never needs more than the text holds.
 */
public final class SearchWords {

  /** The field each document keeps its words in. */
  public static final String FIELD = "words";

  private SearchWords() {}

  /** The distinct words of the texts, in order of appearance; null texts are skipped. */
  public static List<String> of(String... texts) {
    Set<String> words = new LinkedHashSet<>();
    for (String text : texts) {
      if (text != null) {
        addWords(Normalizer.normalize(text, Normalizer.Form.NFKC), words);
      }
    }
    return List.copyOf(words);
  }

  /**
   * The words every match of the query {@code q} must have; none when it has no word of two or more
   * characters (a single character, or punctuation only), which would match nearly everything: such
   * a query finds nothing.
   */
  public static List<String> ofQuery(String q) {
    List<String> words = of(q);
    boolean searchable =
        words.stream().anyMatch(word -> word.codePointCount(0, word.length()) >= 2);
    return searchable ? words : List.of();
  }

  private static void addWords(String text, Set<String> words) {
    int[] chars = text.codePoints().toArray();
    int start = 0;
    while (start < chars.length) {
      Kind kind = Kind.of(chars[start]);
      int end = start + 1;
      while (end < chars.length && Kind.of(chars[end]) == kind) {
        end++;
      }
      if (kind == Kind.CHINESE) {
        for (int i = start; i + 1 < end; i++) {
          words.add(new String(chars, i, 2));
        }
      } else if (kind == Kind.WORD) {
        words.add(new String(chars, start, end - start).toLowerCase(Locale.ROOT));
      }
      start = end;
    }
  }

  private enum Kind {
    CHINESE,
    WORD,
    SEPARATOR;

    static Kind of(int codePoint) {
      if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
        return CHINESE;
      }
      return Character.isLetterOrDigit(codePoint) ? WORD : SEPARATOR;
    }
  }
}
