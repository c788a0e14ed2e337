package org.nerkit;

/**
 * A length of time ("20 years", "the past two weeks", "a 20-year-old mission", "61 years old"),
 * or how often something recurs ("daily", "quarterly": the period, P1D, P3M, as TimeML values a
 * SET): not a calendar date, so kept apart from {@link Date}. {@code value} is its ISO 8601 /
 * TimeML duration ("P20Y", "P2W", "P3M", "P1D"; "PXY" for an unspecified number of years, as in
 * "several years"), or {@code null} when the amount cannot be read.
 */
public record Duration(String text, int start, int end, double confidence, String value) implements Entity {
  public Duration {
    Entity.checkSpan(text, start, end, confidence);
  }

  @Override
  public EntityType type() {
    return EntityType.DURATION;
  }
}
