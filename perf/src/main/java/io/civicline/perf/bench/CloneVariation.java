package io.civicline.perf.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;

/**
 * How the scale benchmark varies a copy of a stored ticket or case: a new id and number (its search
 * words with it) and new unique ids, a district in turn, and every time of the document moved by
 * one amount, so that its history stays in order. Spread copies are received at times spread over
 * {@code span} before now; a running one (its deadline ahead) is moved back no further than keeps
 * its deadline and risk time at least an hour ahead, so that no copy is due for a watcher. Due
 * copies (of running templates only) have their first watcher time within {@code span} after now:
 * the work of the watchers' rounds while the benchmark measures. A hotline copy due for its
 * deadline rather than its risk time is already at risk, as the watcher leaves a ticket it marked.
 */
final class CloneVariation implements DocumentClones.Copy {

  private static final long MARGIN_MILLIS = Duration.ofHours(1).toMillis();
  private static final String WORDS = "words";

  private final CloneShape shape;
  private final long now;
  private final long span;
  private final boolean due;
  private final List<String> districts;
  private final ZoneId zone;
  private final String run;

  private CloneVariation(
      CloneShape shape,
      Instant now,
      Duration span,
      boolean due,
      List<String> districts,
      ZoneId zone,
      String run) {
    this.shape = shape;
    this.now = now.toEpochMilli();
    this.span = span.toMillis();
    this.due = due;
    this.districts = List.copyOf(districts);
    this.zone = zone;
    this.run = run;
  }

  /** Copies received over the {@code span} before {@code now}, none due for a watcher. */
  static CloneVariation spread(
      CloneShape shape, Instant now, Duration span, List<String> districts, ZoneId zone) {
    return new CloneVariation(shape, now, span, false, districts, zone, runTag());
  }

  /** Copies of running templates whose first watcher time falls within {@code span} after now. */
  static CloneVariation due(
      CloneShape shape, Instant now, Duration span, List<String> districts, ZoneId zone) {
    return new CloneVariation(shape, now, span, true, districts, zone, runTag());
  }

  @Override
  public Document of(Document copy, long n) {
    Document inner = DocumentClones.newIds(copy, shape.aggregate());
    double share = share(n);
    long shift = due ? dueShift(copy, share, n) : spreadShift(copy, share);
    shiftDates(copy, shift);
    CloneShape.set(copy, shape.district(), districts.get((int) (n % districts.size())));
    for (String unique : shape.uniqueIds()) {
      if (CloneShape.get(copy, unique) != null) {
        CloneShape.set(copy, unique, UUID.randomUUID().toString());
      }
    }
    renumber(copy, inner, n);
    return copy;
  }

  private long spreadShift(Document copy, double share) {
    long shift = now - Math.round(share * span) - millis(copy, shape.anchor());
    if (shape.isRunning(copy)) {
      shift = Math.max(shift, now + MARGIN_MILLIS - firstWatcherTime(copy));
    }
    return shift;
  }

  private long dueShift(Document copy, double share, long n) {
    if (!shape.isRunning(copy)) {
      throw new IllegalArgumentException("only a running document can be made due");
    }
    boolean atRiskTime =
        shape.riskAt() != null && CloneShape.get(copy, shape.riskAt()) instanceof Date;
    String aimed = atRiskTime && n % 2 == 0 ? shape.riskAt() : shape.deadline();
    long aimedAt = millis(copy, aimed);
    if (atRiskTime && aimed.equals(shape.deadline())) {
      CloneShape.set(copy, shape.riskAt(), null);
      CloneShape.set(copy, shape.atRisk(), true);
    }
    return now + Math.round(share * span) - aimedAt;
  }

  private long firstWatcherTime(Document copy) {
    long deadline = millis(copy, shape.deadline());
    Object riskAt = shape.riskAt() == null ? null : CloneShape.get(copy, shape.riskAt());
    return riskAt instanceof Date ? Math.min(deadline, ((Date) riskAt).getTime()) : deadline;
  }

  /** A new number of the services' form, {@code <prefix>-<day received>-<run><n>}. */
  private void renumber(Document copy, Document inner, long n) {
    String old = inner.getString("number");
    int dash = old.indexOf('-');
    String prefix = dash < 0 ? old : old.substring(0, dash);
    String day =
        Instant.ofEpochMilli(millis(copy, shape.anchor()))
            .atZone(zone)
            .format(DateTimeFormatter.BASIC_ISO_DATE);
    String number = prefix + "-" + day + "-" + run + n;
    inner.put("number", number);
    List<String> words = copy.getList(WORDS, String.class);
    if (words != null) {
      List<String> renumbered = new ArrayList<>(words);
      renumbered.removeAll(numberWords(old));
      renumbered.addAll(numberWords(number));
      copy.put(WORDS, renumbered);
    }
  }

  /** The search words of a number: its runs of letters and digits, lower-cased. */
  static List<String> numberWords(String number) {
    List<String> words = new ArrayList<>();
    for (String word : number.split("[^\\p{L}\\p{Nd}]+")) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** A share in [0, 1) for copy {@code n}, evenly spread over consecutive copies. */
  static double share(long n) {
    return ((n + 1) * 0x9E3779B97F4A7C15L >>> 11) * 0x1.0p-53;
  }

  private static long millis(Document copy, String path) {
    return ((Date) CloneShape.get(copy, path)).getTime();
  }

  @SuppressWarnings("unchecked")
  private static Object shiftDates(Object value, long shift) {
    if (value instanceof Date date) {
      return new Date(date.getTime() + shift);
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        ((Map.Entry<Object, Object>) entry).setValue(shiftDates(entry.getValue(), shift));
      }
    } else if (value instanceof List<?> list) {
      ListIterator<Object> items = ((List<Object>) list).listIterator();
      while (items.hasNext()) {
        items.set(shiftDates(items.next(), shift));
      }
    }
    return value;
  }

  /** Tells the numbers of one run's copies from every other run's. */
  private static String runTag() {
    return "c" + Long.toString(System.currentTimeMillis(), 36);
  }
}
