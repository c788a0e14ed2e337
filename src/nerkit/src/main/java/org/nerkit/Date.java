package org.nerkit;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date expression. {@code value} is its TimeML TIMEX3 value ("2021-09-16", "2021-09",
 * "2021-W37", "2021", "XXXX-09-16", "PRESENT_REF") or {@code null} when it cannot be resolved
 * (a relative expression without a reference date, a form the grammar does not know). Lengths
 * of time ("20 years", "61 years old") are {@link Duration}s, not dates. A range
 * ("2–4 September", "between March and May", "from 1992 to 1995") has its start in
 * {@code value} and its end in {@code rangeEnd}; {@code rangeEnd} is null for a single date.
 * {@code relative} says whether the value was computed from the reference date.
 */
public record Date(String text, int start, int end, double confidence, String value, boolean relative,
    String rangeEnd) implements Entity {
  public Date {
    Entity.checkSpan(text, start, end, confidence);
  }

  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}"); // compiled once, unlike String.matches's
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** A date that is not a range. */
  public Date(String text, int start, int end, double confidence, String value, boolean relative) {
    this(text, start, end, confidence, value, relative, null);
  }

  /** Whether this mention is a range ("2–4 September", "from 1992 to 1995"): {@code value} is then its start. */
  public boolean isRange() {
    return rangeEnd != null;
  }

  /** The value as a calendar day, when it names exactly one. */
  public Optional<LocalDate> date() {
    if (value == null || value.length() != 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException notADay) {
      return Optional.empty();
    }
  }

  /** The value as a month ("2021-09"), when it names exactly one. */
  public Optional<YearMonth> yearMonth() {
    if (value == null || !YEAR_MONTH.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(value));
    } catch (DateTimeParseException notAMonth) {
      return Optional.empty();
    }
  }

  /** The value as a year ("2021"), when it names exactly one. */
  public Optional<Year> year() {
    return value != null && YEAR.matcher(value).matches() ? Optional.of(Year.parse(value)) : Optional.empty();
  }

  @Override
  public EntityType type() {
    return EntityType.DATE;
  }
}
