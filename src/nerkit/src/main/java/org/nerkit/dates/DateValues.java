package org.nerkit.dates;

import static org.nerkit.dates.DateWords.NUMBERS;
import static org.nerkit.dates.DateWords.spelledNumber;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.nerkit.dates.DateNormalizer.Tense;

/**
 * The values the grammar's resolvers give, worked out on the calendar from the reference date:
 * "Friday" is the last or the next Friday by the tense of its clause, "October 3" this year's
 * unless that is too far ahead, "two weeks ago" an ISO week, "the weekend" a TimeML {@code -WE}
 * value. Kept apart from the rule table, so that a row there is its pattern and a short call here.
 */
final class DateValues {

  private DateValues() {}

  static Optional<NormalizedDate> value(String value, boolean relative) {
    return Optional.of(new NormalizedDate(value, relative));
  }

  static Optional<NormalizedDate> day(int year, int month, int day, boolean relative) {
    return value(LocalDate.of(year, month, day).toString(), relative);
  }

  /** Day {@code day} of a month worked out from the reference date. */
  static Optional<NormalizedDate> dayOfMonth(YearMonth month, int day) {
    return value(month.atDay(day).toString(), true);
  }

  static Optional<NormalizedDate> yearMonth(int year, int month) {
    return value(YearMonth.of(year, month).toString(), false);
  }

  /** 1000-2999: "2017" is a year; "17" or "4000" are numbers. */
  static Optional<NormalizedDate> plausibleYear(int year) {
    return year >= 1000 && year <= 2999 ? value(String.valueOf(year), false) : Optional.empty();
  }

  /**
   * A month and day without a year: the next one in a future-tense clause ("will vote on
   * October 3"); otherwise this year's, unless that is more than {@link #NEAR_FUTURE_MONTHS}
   * ahead (December 28 in a January 3 article is last year's). Past tense is not trusted to move
   * a date back: "said the vote on October 3 ..." is common.
   */
  static Optional<NormalizedDate> partialDay(LocalDate reference, int month, int day, Tense tense) {
    LocalDate.of(2000, month, day); // a leap year: rejects only days no year has
    if (reference == null) {
      return value(String.format("XXXX-%02d-%02d", month, day), false);
    }
    int year = reference.getYear();
    LocalDate same = safeDay(year, month, day);
    LocalDate chosen;
    if (tense == Tense.FUTURE) {
      chosen = same.isBefore(reference) ? safeDay(year + 1, month, day) : same;
    } else if (isAfterMonthsFrom(same, reference, NEAR_FUTURE_MONTHS)) {
      chosen = safeDay(year - 1, month, day);
    } else if (isBeforeMonthsFrom(same, reference, 12 - NEAR_FUTURE_MONTHS)) {
      chosen = safeDay(year + 1, month, day); // January 2 in a December 30 article
    } else {
      chosen = same;
    }
    return value(chosen.toString(), true);
  }

  /**
   * Whether {@code date} is more than {@code months} after {@code from}. Near the end of the
   * calendar, where {@code from} plus the months is past it, no date is.
   */
  private static boolean isAfterMonthsFrom(LocalDate date, LocalDate from, int months) {
    return from.until(LocalDate.MAX, ChronoUnit.MONTHS) >= months && date.isAfter(from.plusMonths(months));
  }

  /** Whether {@code date} is more than {@code months} before {@code from}; near the start of the calendar, no date is. */
  private static boolean isBeforeMonthsFrom(LocalDate date, LocalDate from, int months) {
    return LocalDate.MIN.until(from, ChronoUnit.MONTHS) >= months && date.isBefore(from.minusMonths(months));
  }

  /** February 29 in a year without one is February 28. */
  private static LocalDate safeDay(int year, int month, int day) {
    return YearMonth.of(year, month).atDay(Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
  }

  /**
   * The reference date's year moved by {@code years}, on {@code java.time}'s calendar.
   *
   * @throws DateTimeException past the calendar's ends (year 999,999,999 and its negative): the
   *     rules' callers take that as a value that cannot be computed
   */
  static int shiftedYear(LocalDate reference, long years) {
    return Year.of(Math.toIntExact(reference.getYear() + years)).getValue();
  }

  static Optional<NormalizedDate> relativeDay(LocalDate reference, int days) {
    return reference == null ? Optional.empty() : value(reference.plusDays(days).toString(), true);
  }

  static Optional<NormalizedDate> shiftedUnit(LocalDate reference, String unit, int amount) {
    if (reference == null) {
      return Optional.empty();
    }
    return switch (unit) {
      case "week" -> value(isoWeek(reference.plusWeeks(amount)), true);
      case "month" -> value(YearMonth.from(reference).plusMonths(amount).toString(), true);
      default -> value(String.valueOf(shiftedYear(reference, amount)), true);
    };
  }

  static Optional<NormalizedDate> agoOrLater(LocalDate reference, String amountWord, String unit, int sign) {
    Integer amount = NUMBERS.get(amountWord);
    if (amount == null && !amountWord.isEmpty() && amountWord.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (amountWord.length() > 9) {
        return Optional.empty(); // more than any calendar holds: no value
      }
      amount = Integer.parseInt(amountWord);
    } else if (amount == null && amountWord.startsWith("a couple")) {
      amount = 2;
    } else if (amount == null && java.util.Arrays.stream(amountWord.split("-")).allMatch(NUMBERS::containsKey)) {
      amount = spelledNumber(amountWord); // "twenty-five"
    }
    if (amount == null) {
      return value(sign < 0 ? "PAST_REF" : "FUTURE_REF", false); // "several years ago"
    }
    if (reference == null) {
      return Optional.empty();
    }
    int n = sign * amount;
    return switch (unit) {
      case "decade" -> value(String.valueOf(shiftedYear(reference, 10L * n)), true);
      case "day" -> value(reference.plusDays(n).toString(), true);
      case "week" -> value(isoWeek(reference.plusWeeks(n)), true);
      case "month" -> value(YearMonth.from(reference).plusMonths(n).toString(), true);
      default -> value(String.valueOf(shiftedYear(reference, n)), true);
    };
  }

  /**
   * A bare weekday is the last such day (news mostly reports what happened: "met on Wednesday"),
   * or the next one when the clause is in the future tense ("will meet on Friday").
   */
  static Optional<NormalizedDate> weekday(LocalDate reference, String modifier, String name, Tense tense) {
    if (reference == null) {
      return Optional.empty();
    }
    DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    LocalDate date;
    if (modifier == null && tense == Tense.FUTURE) {
      date = reference.with(TemporalAdjusters.nextOrSame(day));
    } else if (modifier == null || modifier.equals("this past")) {
      date = reference.with(TemporalAdjusters.previousOrSame(day));
    } else if (modifier.equals("last")) {
      date = reference.with(TemporalAdjusters.previous(day));
    } else if (modifier.equals("next") || modifier.equals("this coming")) {
      date = reference.with(TemporalAdjusters.next(day));
    } else {
      date = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
    }
    return value(date.toString(), true);
  }

  /**
   * This year's {@code candidate} month, last year's or next year's: the next one in a
   * future-tense clause; otherwise, news reporting what happened, the past one, unless this
   * year's is at most {@link #NEAR_FUTURE_MONTHS} months ahead (an upcoming event).
   */
  static YearMonth nearest(YearMonth reference, YearMonth candidate, Tense tense) {
    YearMonth before = candidate.isAfter(reference) ? candidate.minusYears(1) : candidate;
    YearMonth after = candidate.isBefore(reference) ? candidate.plusYears(1) : candidate;
    if (tense == Tense.FUTURE) {
      return after;
    }
    // Past tense is not trusted to move a month back: "has scheduled drills in October" reads as past.
    if (java.time.temporal.ChronoUnit.MONTHS.between(reference, after) <= NEAR_FUTURE_MONTHS) {
      return after; // "in January" in an October article: the coming one
    }
    return !candidate.isAfter(reference) || java.time.temporal.ChronoUnit.MONTHS.between(reference, candidate)
        <= NEAR_FUTURE_MONTHS ? candidate : before;
  }

  private static final int NEAR_FUTURE_MONTHS = 3;

  /**
   * "last November": the latest one before this month; "next March": the first one after;
   * "this September": this year's, unless the clause's tense says it cannot be ("said this
   * December" in January is last year's).
   */
  static YearMonth modifiedMonth(YearMonth reference, int month, String modifier, Tense tense) {
    YearMonth candidate = reference.withMonth(month);
    return switch (modifier) {
      case "last", "this past" -> candidate.isBefore(reference) ? candidate : candidate.minusYears(1);
      case "next", "this coming" -> candidate.isAfter(reference) ? candidate : candidate.plusYears(1);
      default -> tense == Tense.PAST && candidate.isAfter(reference) ? candidate.minusYears(1)
          : tense == Tense.FUTURE && candidate.isBefore(reference) ? candidate.plusYears(1)
          : candidate;
    };
  }

  /**
   * A weekend, as TimeML writes it ("1990-W32-WE": the weekend of ISO week 32): "last weekend"
   * is the previous week's, "next weekend" the next week's, "this weekend" this week's; "the
   * weekend" is this week's in a future-tense clause or once it has begun, the previous week's
   * in a past-tense clause, else the nearer one (early in the week, the one just past).
   */
  static Optional<NormalizedDate> weekend(LocalDate reference, String modifier, Tense tense) {
    if (reference == null) {
      return Optional.empty();
    }
    boolean begun = reference.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
    int weeks = switch (modifier) {
      case "last", "this past" -> -1;
      case "next" -> 1;
      case "this", "this coming" -> 0;
      default -> tense == Tense.FUTURE || begun ? 0
          : tense == Tense.PAST || reference.getDayOfWeek().getValue() <= DayOfWeek.WEDNESDAY.getValue() ? -1 : 0;
    };
    return value(isoWeek(reference.plusWeeks(weeks).with(DayOfWeek.SATURDAY)) + "-WE", true);
  }

  static String quarterOf(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  static String isoWeek(LocalDate date) {
    return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
