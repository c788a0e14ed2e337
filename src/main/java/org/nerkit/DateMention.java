package org.nerkit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date expression. {@code value} is its TimeML TIMEX3 value ("2021-09-16", "2021-09",
 * "2021-W37", "2021", "XXXX-09-16", "PRESENT_REF") or {@code null} when it cannot be resolved
 * (a duration, an age, or a relative expression without a reference date).
 * {@code relative} says whether the value was computed from the reference date.
 */
public record DateMention(String text, int start, int end, double confidence, String value, boolean relative)
    implements Entity {
  public DateMention {
    Entity.checkSpan(text, start, end, confidence);
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

  @Override
  public EntityType type() {
    return EntityType.DATE;
  }
}
