package org.nerkit.normalize.date;

import java.util.Objects;

/**
 * A TimeML TIMEX3 value ("2021-09-16", "2021-09", "2021-W37", "2021", "2021-Q3", "XXXX-09-16",
 * "PRESENT_REF", "199X") and whether the reference date was needed to compute it.
 */
public record NormalizedDate(String value, boolean relative) {
  public NormalizedDate {
    Objects.requireNonNull(value, "value");
  }
}
