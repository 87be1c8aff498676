package io.civicline.stats.figures;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One slice of a figure: the whole city, or one code of a {@link Dimension} (e.g. district YIMEI).
 */
public record Breakdown(Dimension dimension, String code) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  public static final Breakdown CITY = new Breakdown(Dimension.CITY, null);

  public Breakdown {
    Objects.requireNonNull(dimension, "dimension");
    if ((dimension == Dimension.CITY) != (code == null)) {
      throw new IllegalArgumentException(
          "the whole city has no code, every other breakdown has one");
    }
    if (code != null && !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not a code: '" + code + "'");
    }
  }

  public static Breakdown district(String code) {
    return new Breakdown(Dimension.DISTRICT, code);
  }

  /**
   * The combined slice of a topic in a district, code {@code TOPIC.DISTRICT} (reference codes hold
   * no dot), e.g. {@code HEATING.YIMEI}.
   */
  public static Breakdown topicDistrict(String topic, String district) {
    return topicIn(Dimension.TOPIC_DISTRICT, topic, district);
  }

  /**
   * The combined slice of a topic in a place ({@code TOPIC_DISTRICT} or {@code TOPIC_STREET}), code
   * {@code TOPIC.PLACE}, e.g. {@code HEATING.YIMEI_XURI}.
   */
  public static Breakdown topicIn(Dimension pair, String topic, String place) {
    if (!isTopicInAPlace(pair)) {
      throw new IllegalArgumentException(pair + " is not a topic in a place");
    }
    return new Breakdown(pair, topic + "." + place);
  }

  public static boolean isTopicInAPlace(Dimension dimension) {
    return dimension == Dimension.TOPIC_DISTRICT || dimension == Dimension.TOPIC_STREET;
  }

  /** The topic and the district of a {@link #topicDistrict} slice. */
  public List<String> topicAndDistrict() {
    if (dimension != Dimension.TOPIC_DISTRICT) {
      throw new IllegalStateException(this + " is not a topic in a district");
    }
    return topicAndPlace();
  }

  /** The topic and the place (district or street) of a {@link #topicIn} slice. */
  public List<String> topicAndPlace() {
    if (!isTopicInAPlace(dimension)) {
      throw new IllegalStateException(this + " is not a topic in a place");
    }
    return List.of(code.split("\\.", 2));
  }

  /** The breakdown for {@code code} of {@code dimension}; none when the case has no such code. */
  static Optional<Breakdown> of(Dimension dimension, String code) {
    return code == null || code.isEmpty()
        ? Optional.empty()
        : Optional.of(new Breakdown(dimension, code));
  }

  /** Written out for speed, as {@link FigureKey#equals(Object)} says. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Breakdown breakdown
        && dimension == breakdown.dimension
        && Objects.equals(code, breakdown.code);
  }

  @Override
  public int hashCode() {
    return dimension.hashCode() * 31 + Objects.hashCode(code);
  }

  /** {@code CITY} or {@code DISTRICT:YIMEI}. */
  @Override
  public String toString() {
    return code == null ? dimension.name() : dimension.name() + ":" + code;
  }

  static Breakdown parse(String text) {
    int colon = text.indexOf(':');
    return colon < 0
        ? new Breakdown(Dimension.valueOf(text), null)
        : new Breakdown(Dimension.valueOf(text.substring(0, colon)), text.substring(colon + 1));
  }
}
