package org.nerkit.dates;

import java.util.Objects;

/**
 * A TimeML TIMEX3 value ("2021-09-16", "2021-09", "2021-W37", "2021", "2021-Q3", "XXXX-09-16",
 * "PRESENT_REF", "199X") and whether the reference date was needed to compute it. For a range
 * ("2–4 September", "from 1992 to 1995") {@code value} is its start and {@code rangeEnd} its end;
 * otherwise {@code rangeEnd} is null.
 */
record NormalizedDate(String value, boolean relative, String rangeEnd) {
  NormalizedDate {
    Objects.requireNonNull(value, "value");
  }

  /** A single date, not a range. */
  NormalizedDate(String value, boolean relative) {
    this(value, relative, null);
  }
}
