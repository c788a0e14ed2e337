package org.nerkit.normalize.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
      a day later            | 2021-09-17  | -
      on Wednesday           | 2021-09-15  | -
      Thursday               | 2021-09-16  | -
      last Friday            | 2021-09-10  | -
      next Monday            | 2021-09-20  | -
      now                    | PRESENT_REF | PRESENT_REF
      recently               | PAST_REF    | PAST_REF
      in the future          | FUTURE_REF  | FUTURE_REF
      the past decade        | 201X        | -
      """)
  void normalizes(String mention, String withReference, String withoutReference) {
    assertEquals(Optional.of(withReference), value(mention, REFERENCE), "with reference date");
    assertEquals(Optional.ofNullable(withoutReference), value(mention, null), "without reference date");
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

  @Test
  void extendsAMonthAndDayOverTheYearThatFollows() {
    String text = "They met on March 3,\n2021 in Paris and on May 4 2020.";
    int start = text.indexOf("March");
    assertEquals(text.indexOf(" in Paris"), normalizer.extendedEnd(text, start, start + "March 3".length()));
    int may = text.indexOf("May 4");
    assertEquals(text.indexOf("."), normalizer.extendedEnd(text, may, may + "May 4".length()));
    int paris = text.indexOf("Paris");
    assertEquals(paris + 5, normalizer.extendedEnd(text, paris, paris + 5));
  }

  @Test
  void nullMentionIsRejectedByName() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> normalizer.normalize(null, REFERENCE));
    assertTrue(e.getMessage().contains("mention"));
  }
}
