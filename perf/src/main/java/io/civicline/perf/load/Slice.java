package io.civicline.perf.load;

/**
 * A part of the figures as the stats API breaks them down: the whole city ({@code by} null), or one
 * code of a {@code by=} dimension.
 */
record Slice(String by, String code) {

  static final Slice CITY = new Slice(null, null);

  @Override
  public String toString() {
    return by == null ? "city" : by + "=" + code;
  }
}
