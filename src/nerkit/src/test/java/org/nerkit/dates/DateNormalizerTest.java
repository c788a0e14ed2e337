package org.nerkit.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mentions to values through {@link DateNormalizer#normalize}: one row per form of the rule table
 * ({@link DateGrammar}), relative forms with and without a reference date, anaphoric forms from
 * the date named before, ranges. The other concerns have their own test classes.
 */
class DateNormalizerTest {
  /** A Thursday. */
  private static final LocalDate REFERENCE = LocalDate.of(2021, 9, 16);
  private final DateNormalizer normalizer = new DateNormalizer();

  private Optional<String> value(String mention, LocalDate reference) {
    return normalizer.normalize(mention, reference).map(NormalizedDate::value);
  }

  @ParameterizedTest(name = "{0} -> {1} / without reference {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      September 16, 2021     | 2021-09-16  | 2021-09-16
      Sept. 16, 2021         | 2021-09-16  | 2021-09-16
      16 September 2021      | 2021-09-16  | 2021-09-16
      the 16th of September  | 2021-09-16  | XXXX-09-16
      September 16           | 2021-09-16  | XXXX-09-16
      Sep 16th               | 2021-09-16  | XXXX-09-16
      2021-09-16             | 2021-09-16  | 2021-09-16
      09/16/2021             | 2021-09-16  | 2021-09-16
      16/09/2021             | 2021-09-16  | 2021-09-16
      16.09.2021             | 2021-09-16  | 2021-09-16
      September 2021         | 2021-09     | 2021-09
      October                | 2021-10     | XXXX-10
      2017                   | 2017        | 2017
      in 2017                | 2017        | 2017
      the 1990s              | 199X        | 199X
      mid-September          | 2021-09     | XXXX-09
      early October          | 2021-10     | XXXX-10
      late 2020              | 2020        | 2020
      the third quarter of 2021 | 2021-Q3  | 2021-Q3
      the third quarter      | 2021-Q3     | -
      the first half of 2021 | 2021-H1     | 2021-H1
      summer 2021            | 2021-SU     | 2021-SU
      today                  | 2021-09-16  | -
      yesterday              | 2021-09-15  | -
      tomorrow               | 2021-09-17  | -
      this week              | 2021-W37    | -
      last week              | 2021-W36    | -
      next month             | 2021-10     | -
      last year              | 2020        | -
      earlier this year      | 2021        | -
      the end of the year    | 2021        | -
      a month ago            | 2021-08     | -
      two weeks ago          | 2021-W35    | -
      3 days ago             | 2021-09-13  | -
      a year ago             | 2020        | -
      more than sixty years ago | 1961     | -
      the 5th of this month  | 2021-09-05  | -
      the third of last July | 2021-07-03  | -
      September 1 of last year | 2020-09-01 | -
      a couple of weeks ago  | 2021-W35    | -
      twenty-five years ago  | 1996        | -
      a day later            | 2021-09-17  | -
      on Wednesday           | 2021-09-15  | -
      Thursday               | 2021-09-16  | -
      last Friday            | 2021-09-10  | -
      next Monday            | 2021-09-20  | -
      now                    | PRESENT_REF | PRESENT_REF
      recently               | PAST_REF    | PAST_REF
      in the future          | FUTURE_REF  | FUTURE_REF
      the past decade        | 201X        | -
      the past year          | 2020        | -
      the last month         | 2021-08     | -
      September sixteenth    | 2021-09-16  | XXXX-09-16
      the sixteenth of September | 2021-09-16 | XXXX-09-16
      the first of May, 2020 | 2020-05-01  | 2020-05-01
      March the 3rd, 2020    | 2020-03-03  | 2020-03-03
      last year's            | 2020        | -
      the Nov. 1             | 2021-11-01  | XXXX-11-01
      in the near future     | FUTURE_REF  | FUTURE_REF
      the 20th century       | 19          | 19
      the 11th century       | 10          | 10
      this century           | 20          | -
      the past century       | 19          | -
      four decades ago       | 1981        | -
      the weekend            | 2021-W37-WE | -
      last weekend           | 2021-W36-WE | -
      next weekend           | 2021-W38-WE | -
      Saturday, April 25, 1998 | 1998-04-25 | 1998-04-25
      Friday Oct. 13         | 2021-10-13  | XXXX-10-13
      Monday the 20th of September | 2021-09-20 | XXXX-09-20
      the 1980's             | 198X        | 198X
      the 1990s'             | 199X        | 199X
      next week's.           | 2021-W38    | -
      its third quarter      | 2021-Q3     | -
      sometime next year     | 2022        | -
      around Nov. 1          | 2021-11-01  | XXXX-11-01
      nineteen ninety-six    | 1996        | 1996
      the year two thousand  | 2000        | 2000
      two thousand and one   | 2001        | 2001
      eighteen hundred       | 1800        | 1800
      nineteen oh five       | 1905        | 1905
      January nineteen ninety-seven | 1997-01 | 1997-01
      the winter of nineteen ninety-four | 1994-WI | 1994-WI
      """)
  void normalizes(String mention, String withReference, String withoutReference) {
    assertEquals(Optional.of(withReference), value(mention, REFERENCE), "with reference date");
    assertEquals(Optional.ofNullable(withoutReference), value(mention, null), "without reference date");
  }

  @ParameterizedTest(name = "{0} after {1} -> {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      the following year   | 1995-05-22 | 1996
      that year            | 1988       | 1988
      later that year      | 1998-06    | 1998
      that same day        | 1998-10    | 1998-10-XX
      that week            | 1998       | 1998-WXX
      earlier that day     | 1998-10-23 | 1998-10-23
      the day              | 1998-10-23 | 1998-10-23
      the next day         | 1998-10-23 | 1998-10-24
      the next morning     | 2000-02-22 | 2000-02-23
      The following month  | 1989-03-15 | 1989-04
      the previous Friday  | 1989-10-27 | 1989-10-20
      the next day         | -          | 2021-09-17
      the following year   | 1995       | 1996
      the month before     | 1989-09-14 | 1989-08
      the day after        | 1998-10-23 | 1998-10-24
      """)
  void countsFromTheDateNamedBefore(String mention, String anchor, String expected) {
    assertTrue(normalizer.isAnaphoric(mention), mention);
    assertEquals(Optional.of(expected),
        normalizer.normalize(mention, REFERENCE, DateNormalizer.Tense.UNKNOWN, anchor).map(NormalizedDate::value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1998", "Sept.", "Tues", "last week", "the weekend", "annual", "quarterly", "the twenties",
      "nineteen eighteen", "the twelfth", "thirtysomething", "the Tang dynasty", "the 20th century", "a few years ago",
      "the millennium", "that time", "Thanksgiving", "mid-November", "Ramadan", "the same period", "Sundays"})
  void datesHaveATemporalCue(String mention) {
    assertTrue(normalizer.hasTemporalCue(mention), mention);
  }

  @ParameterizedTest
  @ValueSource(strings = {"heavily", "the company", "Monetary", "agency", "Wall Street", "", "weekday-ish"})
  void wordsThatNameNoTimeHaveNone(String mention) {
    assertEquals(false, normalizer.hasTemporalCue(mention), mention);
  }

  @Test
  void saysWhetherTheReferenceDateWasUsed() {
    assertTrue(normalizer.normalize("yesterday", REFERENCE).orElseThrow().relative());
    assertEquals(false, normalizer.normalize("September 16, 2021", REFERENCE).orElseThrow().relative());
  }

  @Test
  void mentionsWithLineBreaksAndNonBreakingSpacesNormalizeTheSame() {
    assertEquals(Optional.of("2021-09-16"), value("September\n16,\u00A02021", null));
    assertEquals(Optional.of("2021-08"), value("a\r\nmonth ago", REFERENCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20 years", "a 20-year-old", "20-year-old", "61 years old", "a month", "the past 20 years",
      "three days", "decades", "years", "weekly", "17", "4000", "February 30, 2021", "13/13/2021", ""})
  void durationsAgesAndImpossibleDatesAreNotCalendarDates(String mention) {
    assertEquals(Optional.empty(), value(mention, REFERENCE), mention);
  }

  @ParameterizedTest(name = "{0} on {1}, {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      Friday        | 2021-09-16 | FUTURE  | 2021-09-17
      Friday        | 2021-09-16 | PAST    | 2021-09-10
      Friday        | 2021-09-16 | UNKNOWN | 2021-09-10
      Thursday      | 2021-09-16 | FUTURE  | 2021-09-16
      December      | 2021-01-05 | UNKNOWN | 2020-12
      December      | 2021-01-05 | FUTURE  | 2021-12
      November      | 2021-09-16 | PAST    | 2021-11
      October       | 2021-05-16 | PAST    | 2020-10
      March         | 2021-09-16 | PAST    | 2021-03
      March         | 2021-09-16 | FUTURE  | 2022-03
      December 28   | 2021-01-03 | UNKNOWN | 2020-12-28
      December 28   | 2021-01-03 | FUTURE  | 2021-12-28
      January 2     | 2021-12-30 | UNKNOWN | 2022-01-02
      October 3     | 2021-09-16 | PAST    | 2021-10-03
      Oct. 23       | 1999-05-06 | UNKNOWN | 1998-10-23
      last November | 2021-09-16 | UNKNOWN | 2020-11
      last March    | 2021-09-16 | UNKNOWN | 2021-03
      next March    | 2021-09-16 | UNKNOWN | 2022-03
      this October  | 2021-09-16 | UNKNOWN | 2021-10
      this September | 1998-02-05 | UNKNOWN | 1998-09
      this July     | 2021-09-16 | UNKNOWN | 2021-07
      this December | 2021-01-05 | PAST    | 2020-12
      this March    | 2021-09-16 | FUTURE  | 2022-03
      January       | 1998-09-25 | UNKNOWN | 1998-01
      Thanksgiving Day | 2000-01-07 | UNKNOWN | 1999-11-25
      last Thanksgiving | 2000-02-10 | UNKNOWN | 1999-11-25
      Election Day  | 1998-10-26 | UNKNOWN | 1998-11-03
      Memorial Day  | 2021-09-16 | UNKNOWN | 2021-05-31
      Labor Day     | 2021-09-16 | FUTURE  | 2022-09-05
      Christmas     | 2021-09-16 | FUTURE  | 2021-12-25
      next Christmas Eve | 2021-12-30 | UNKNOWN | 2022-12-24
      Easter        | 2000-04-17 | FUTURE  | 2000-04-23
      Easter Sunday | 2021-09-16 | UNKNOWN | 2021-04-04
      Labour Day    | 2021-09-16 | PAST    | 2021-09-06
      this Thanksgiving | 2021-09-16 | UNKNOWN | 2021-11-25
      Christmas Day | 2021-09-16 | PAST    | 2020-12-25
      New Year's Day | 2021-09-16 | FUTURE | 2022-01-01
      New Year's Eve | 2021-12-30 | UNKNOWN | 2021-12-31
      Valentine's Day | 2021-09-16 | PAST  | 2021-02-14
      Halloween     | 2021-09-16 | FUTURE  | 2021-10-31
      the week of March 6 | 2000-02-24 | UNKNOWN | 2000-W10
      this coming Sunday, March eighth | 1998-03-05 | UNKNOWN | 1998-03-08
      this past spring | 1989-10-30 | UNKNOWN | 1989-SP
      the weekend   | 1990-08-13 | UNKNOWN | 1990-W32-WE
      the weekend   | 1990-08-13 | FUTURE  | 1990-W33-WE
      the weekend   | 1990-08-17 | UNKNOWN | 1990-W33-WE
      the weekend   | 1990-08-17 | PAST    | 1990-W32-WE
      over the weekend | 1990-08-19 | PAST | 1990-W33-WE
      January       | 1989-10-30 | UNKNOWN | 1990-01
      the latest quarter    | 1989-10-26 | UNKNOWN | 1989-Q3
      the year-ago quarter  | 1989-10-26 | UNKNOWN | 1988-Q3
      fiscal 1989   | 1989-10-26 | UNKNOWN | 1989
      the full year | 1989-10-26 | UNKNOWN | 1989
      the quarter ended Sept. 30         | 1989-10-26 | UNKNOWN | 1989-Q3
      the quarter ended July 31          | 1989-10-26 | UNKNOWN | 1989-07-31
      its fourth quarter ended June 30   | 1989-10-26 | UNKNOWN | 1989-Q4
      the fiscal-first quarter ended Sept. 30 | 1989-10-26 | UNKNOWN | 1989-Q1
      the year ended March 31            | 1989-10-26 | UNKNOWN | 1989-03-31
      the six months ended Oct. 1        | 1989-10-26 | UNKNOWN | 1989-10-01
      the fiscal year ending June 30, 1990 | 1989-10-26 | UNKNOWN | 1990-06-30
      the fiscal first quarter           | 1989-10-26 | UNKNOWN | 1989-Q1
      fiscal second-quarter              | 1989-10-26 | UNKNOWN | 1989-Q2
      this year's third quarter          | 1989-10-26 | UNKNOWN | 1989-Q3
      next year's first quarter          | 1989-10-26 | UNKNOWN | 1990-Q1
      the 1988 third quarter             | 1989-10-26 | UNKNOWN | 1988-Q3
      the 1988 quarter                   | 1989-10-26 | UNKNOWN | 1988-Q3
      the year-ago third quarter         | 1989-10-26 | UNKNOWN | 1988-Q3
      the comparable year-ago quarter    | 1989-10-26 | UNKNOWN | 1988-Q3
      the quarter a year ago             | 1989-10-26 | UNKNOWN | 1988-Q3
      the corresponding period last year | 1989-10-26 | UNKNOWN | 1988-Q3
      the latest period                  | 1989-10-26 | UNKNOWN | 1989-Q3
      the current fiscal year            | 1989-10-26 | UNKNOWN | 1989
      year-end                           | 1989-10-26 | UNKNOWN | 1989
      the last half of 1989              | 1989-10-26 | UNKNOWN | 1989-H2
      the first nine months of 1997      | 1989-10-26 | UNKNOWN | 1997
      the first nine months of the year  | 1989-10-26 | UNKNOWN | 1989
      """)
  void tenseAndNearnessChooseTheYearOrWeek(String mention, LocalDate reference, DateNormalizer.Tense tense, String expected) {
    assertEquals(Optional.of(expected), normalizer.normalize(mention, reference, tense).map(NormalizedDate::value));
  }

  @ParameterizedTest(name = "{0} -> {1} .. {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2-4 September          | 2021-09-02 | 2021-09-04
      2–4 September 2020     | 2020-09-02 | 2020-09-04
      September 2 to 4, 2020 | 2020-09-02 | 2020-09-04
      between March and May  | 2021-03    | 2021-05
      from 1992 to 1995      | 1992       | 1995
      1992-1995              | 1992       | 1995
      2020-21                | 2020       | 2021
      1999-00                | 1999       | 2000
      from May 2020 to June  | 2020-05    | 2020-06
      from Monday to Wednesday | 2021-09-13 | 2021-09-15
      """)
  void rangesCarryAStartAndAnEnd(String mention, String start, String end) {
    NormalizedDate range = normalizer.normalize(mention, REFERENCE).orElseThrow();
    assertEquals(start, range.value());
    assertEquals(end, range.rangeEnd());
  }

  @ParameterizedTest
  @ValueSource(strings = {"30-32 September", "mid-September", "September 16, 2021", "the first and second"})
  void notRanges(String mention) {
    assertEquals(null, normalizer.normalize(mention, REFERENCE).map(NormalizedDate::rangeEnd).orElse(null), mention);
  }

  @Test
  void readsAYearWrittenWithTwoDigits() {
    LocalDate reference = LocalDate.of(2005, 3, 1);
    assertEquals(Optional.of("1978"), value("'78", reference));
    assertEquals(Optional.of("2009"), value("\u201909", reference));
    assertEquals(Optional.of("1978"), value("'78", null));
  }

  /** Every public method rejects a null text, mention or tense with the parameter's name, as {@code normalize} does. */
  @Test
  void everyPublicMethodRejectsNullByName() {
    List<Map.Entry<String, Executable>> calls = List.of(
        Map.entry("mention", () -> normalizer.normalize(null, REFERENCE)),
        Map.entry("mention", () -> normalizer.normalize(null, REFERENCE, DateNormalizer.Tense.UNKNOWN, "2021")),
        Map.entry("tense", () -> normalizer.normalize("Friday", REFERENCE, null)),
        Map.entry("mention", () -> normalizer.isAnaphoric(null)),
        Map.entry("mention", () -> normalizer.hasTemporalCue(null)),
        Map.entry("mention", () -> normalizer.duration(null)),
        Map.entry("text", () -> normalizer.spot(null)),
        Map.entry("text", () -> normalizer.extendedEnd(null, 0, 0)),
        Map.entry("text", () -> normalizer.extendedStart(null, 0, 0, 0)),
        Map.entry("text", () -> normalizer.tenseBefore(null, 0)),
        Map.entry("text", () -> normalizer.tense(null, 0, 0)),
        Map.entry("text", () -> normalizer.yearAgoQuarter(null, 0, 0, REFERENCE)));
    for (int k = 0; k < calls.size(); k++) {
      assertEquals(calls.get(k).getKey(), assertThrows(NullPointerException.class, calls.get(k).getValue()).getMessage(), "call " + k);
    }
  }
}
