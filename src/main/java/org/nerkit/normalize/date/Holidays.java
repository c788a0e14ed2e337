package org.nerkit.normalize.date;

import static org.nerkit.normalize.date.DateValues.partialDay;
import static org.nerkit.normalize.date.DateValues.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import org.nerkit.normalize.date.DateNormalizer.Tense;

/**
 * The named days of the year ("Thanksgiving", "Christmas Eve", "Easter"): their names, which
 * the grammar's {@code HOLIDAY} placeholder matches, the day each falls on in a given year, and
 * which year's is meant ("last Thanksgiving"). A table of its own because some move (Easter,
 * Labor Day) and need a rule to find them.
 */
final class Holidays {

  private Holidays() {}

  /**
   * Holidays that fall on a known day of every year (United States ones where the name is
   * American: Thanksgiving, Election Day, Memorial Day, Labor Day). Add a row to support another.
   */
  static final Map<String, java.util.function.IntFunction<LocalDate>> HOLIDAYS = orderedMap(
      Map.entry("new year's day", y -> LocalDate.of(y, 1, 1)),
      Map.entry("valentine's day", y -> LocalDate.of(y, 2, 14)),
      Map.entry("easter(?: sunday)?", Holidays::easter),
      Map.entry("memorial day", y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
      Map.entry("labou?r day", y -> LocalDate.of(y, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))),
      Map.entry("halloween", y -> LocalDate.of(y, 10, 31)),
      Map.entry("election day", y -> LocalDate.of(y, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))),
      Map.entry("thanksgiving(?: day)?",
          y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))),
      Map.entry("christmas eve", y -> LocalDate.of(y, 12, 24)),
      Map.entry("christmas(?: day)?", y -> LocalDate.of(y, 12, 25)),
      Map.entry("new year's eve", y -> LocalDate.of(y, 12, 31)));

  /** The entries in the order given: alternations built from the keys are the same on every run. */
  @SafeVarargs
  private static <V> Map<String, V> orderedMap(Map.Entry<String, V>... entries) {
    Map<String, V> map = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, V> entry : entries) {
      map.put(entry.getKey(), entry.getValue());
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * A holiday: last year's, next year's or this year's for "last", "next", "this"; otherwise
   * chosen as a month and day without a year are (the tense, else the past unless it is near).
   */
  static Optional<NormalizedDate> holiday(LocalDate reference, String modifier, String name, Tense tense) {
    java.util.function.IntFunction<LocalDate> day = HOLIDAYS.entrySet().stream()
        .filter(e -> name.matches(e.getKey())).findFirst().orElseThrow().getValue();
    if (reference == null) {
      return Optional.empty();
    }
    LocalDate thisYear = day.apply(reference.getYear());
    LocalDate chosen;
    if (modifier == null) {
      LocalDate approximate = LocalDate.parse(partialDay(reference, thisYear.getMonthValue(), thisYear.getDayOfMonth(), tense)
          .orElseThrow().value());
      chosen = day.apply(approximate.getYear());
    } else if (modifier.equals("last")) {
      chosen = thisYear.isBefore(reference) ? thisYear : day.apply(reference.getYear() - 1);
    } else if (modifier.equals("next")) {
      chosen = thisYear.isAfter(reference) ? thisYear : day.apply(reference.getYear() + 1);
    } else {
      chosen = thisYear;
    }
    return value(chosen.toString(), true);
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
  private static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
