package org.nerkit.dates;

import static org.nerkit.dates.DateValues.partialDay;
import static org.nerkit.dates.DateValues.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nerkit.dates.DateNormalizer.Tense;

/**
 * The named days of the year ("Thanksgiving", "Christmas Eve", "Easter"): their names, which
 * the grammar's {@code HOLIDAY} placeholder matches and {@code DateSpotter} finds in text, the
 * day each falls on in a given year, and which year's is meant ("last Thanksgiving"). A table of
 * its own because some move (Easter, Labor Day) and need a rule to find them.
 */
final class Holidays {

  private Holidays() {}

  /** A holiday's names, in lower case as the grammar reads mentions, and the day it falls on in a given year. */
  private record Holiday(List<String> names, IntFunction<LocalDate> day) {
    Holiday {
      names = List.copyOf(names);
      for (String name : names) {
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("holiday names are lower case: " + name);
        }
      }
    }
  }

  /**
   * Holidays that fall on a known day of every year (United States ones where the name is
   * American: Thanksgiving, Election Day, Memorial Day, Labor Day). Add a row to support another:
   * the grammar and the spotter both take their names from here.
   */
  private static final List<Holiday> TABLE = List.of(
      new Holiday(List.of("new year's day"), y -> LocalDate.of(y, 1, 1)),
      new Holiday(List.of("valentine's day"), y -> LocalDate.of(y, 2, 14)),
      new Holiday(List.of("easter", "easter sunday"), Holidays::easter),
      new Holiday(List.of("memorial day"), y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
      new Holiday(List.of("labor day", "labour day"), y -> LocalDate.of(y, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))),
      new Holiday(List.of("halloween"), y -> LocalDate.of(y, 10, 31)),
      new Holiday(List.of("election day"), y -> LocalDate.of(y, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))),
      new Holiday(List.of("thanksgiving", "thanksgiving day"),
          y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))),
      new Holiday(List.of("christmas eve"), y -> LocalDate.of(y, 12, 24)),
      new Holiday(List.of("christmas", "christmas day"), y -> LocalDate.of(y, 12, 25)),
      new Holiday(List.of("new year's eve"), y -> LocalDate.of(y, 12, 31)));

  /**
   * Names the grammar reads but the spotter does not take: alone, "Easter" and "Christmas" are as
   * often part of another name ("Christmas sales", "Easter Island"), and the spotter works
   * without the recognizer; it takes "Easter Sunday" and "Christmas Day".
   */
  private static final Set<String> NOT_SPOTTED = Set.of("easter", "christmas");

  /** Each name to its holiday's day. */
  private static final Map<String, IntFunction<LocalDate>> BY_NAME = byName();

  /** The names as one regex alternation, for the grammar's {@code HOLIDAY} placeholder. */
  static final String NAME_PATTERN = alternation(BY_NAME.keySet());

  /** The names the spotter finds, capitalized as in text ("Labor Day", "New Year's Eve"). */
  static final List<String> SPOTTED_NAMES = BY_NAME.keySet().stream()
      .filter(name -> !NOT_SPOTTED.contains(name)).map(Holidays::capitalized).toList();

  /** {@link #SPOTTED_NAMES} as one regex alternation. */
  static final String SPOTTED_NAME_PATTERN = alternation(SPOTTED_NAMES);

  private static Map<String, IntFunction<LocalDate>> byName() {
    Map<String, IntFunction<LocalDate>> byName = new LinkedHashMap<>();
    for (Holiday holiday : TABLE) {
      for (String name : holiday.names()) {
        if (byName.put(name, holiday.day()) != null) {
          throw new IllegalStateException("two holidays named " + name);
        }
      }
    }
    if (!byName.keySet().containsAll(NOT_SPOTTED)) {
      throw new IllegalStateException("not spotted, but not in the table: " + NOT_SPOTTED);
    }
    return Collections.unmodifiableMap(byName);
  }

  /** The names quoted, longest first so that "Thanksgiving Day" is preferred to "Thanksgiving", and in table order otherwise. */
  private static String alternation(Collection<String> names) {
    return names.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /** "new year's eve" as "New Year's Eve": each word's first letter in upper case. */
  private static String capitalized(String name) {
    StringBuilder result = new StringBuilder(name);
    for (int i = 0; i < result.length(); i++) {
      if (i == 0 || result.charAt(i - 1) == ' ') {
        result.setCharAt(i, Character.toUpperCase(result.charAt(i)));
      }
    }
    return result.toString();
  }

  /**
   * A holiday: last year's, next year's or this year's for "last", "next", "this"; otherwise
   * chosen as a month and day without a year are (the tense, else the past unless it is near).
   */
  static Optional<NormalizedDate> holiday(LocalDate reference, String modifier, String name, Tense tense) {
    IntFunction<LocalDate> day = BY_NAME.get(name);
    if (day == null) {
      throw new IllegalArgumentException("not a holiday: " + name); // the grammar passes only names of the table
    }
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
