package org.nerkit.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.nerkit.EntityType;
import org.nerkit.document.Document;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;
import org.nerkit.tokenize.Tokenizer;

/**
 * The date and duration rules compute on any numbers a text can hold and any reference date
 * {@code java.time} can hold: zero, negative and huge amounts, fractions over zero, years past
 * the calendar's ends. A value that cannot be computed is null; the mention is typed all the
 * same, never dropped and never an exception. Seeds are fixed so that every run tests the same
 * inputs.
 */
class DateArithmeticPropertiesTest {
  private static final Dates DATES = new Dates();
  private static final DateNormalizer NORMALIZER = new DateNormalizer();
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  /** Date and duration phrases; N, M and Y are replaced by numbers. */
  private static final List<String> PHRASES = List.of(
      "{n} years ago", "{n} days ago", "{n} weeks later", "{n} decades ago", "{n} months earlier", "nearly {n} years ago",
      "the past {n} years", "{n} {m}/{y} years", "{n} {m}/0 years", "a {n} {m}/0-year-old", "2 1/0 years", "{n} quarters",
      "{n} centuries", "{n} hours", "the next {n} to {m} months", "{n}th century", "the {n}th century", "'{n}", "the {n}0s",
      "{n}-{m} September", "September {n}-{m}, {y}", "February {n}-{m}", "September {n}, {y}", "{n} September {y}",
      "{n}/{m}/{y}", "{y}-{n}-{m}", "{n}.{m}.{y}", "{y}-{n}", "from {y} to {y}", "from May {y} to June",
      "the first quarter of {y}", "the {y} quarter", "fiscal {y}", "mid-{y}", "the week of September {n}",
      "the week of {n}/{m}/{y}", "the quarter ended Sept. {n}", "the year ended March {n}, {y}", "that year",
      "that same day", "the following day", "the previous Friday", "the next week", "the day before", "the year before",
      "earlier that month", "later that week", "last Thanksgiving", "next Easter", "Christmas", "Labor Day", "a year ago",
      "the year-ago quarter", "the third quarter", "next week", "last month", "next year", "Friday", "next Monday",
      "this past Sunday", "the weekend", "next weekend", "this spring", "last winter", "the past decade", "this century",
      "the last century", "today", "tomorrow", "the day after tomorrow", "October {n}", "the {n}th of this month",
      "the {n}th of last month", "December {n} of next year", "March of last year", "this year's second quarter",
      "the latest quarter", "year-end", "this fiscal year", "{n} years old", "the {n}th");

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(0, 99).map(String::valueOf)),
        Tuple.of(2, Arbitraries.integers().between(1000, 2999).map(String::valueOf)),
        Tuple.of(2, Arbitraries.of("0", "00", "000", "0000", "1", "12", "29", "31", "99", "100", "9999", "-1", "-12")),
        Tuple.of(2, Arbitraries.integers().between(100, Integer.MAX_VALUE).map(String::valueOf)),
        Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(40)));
  }

  @Provide
  Arbitrary<String> phrases() {
    Arbitrary<String> number = numbers();
    return Combinators.combine(Arbitraries.of(PHRASES), number, number, number).as((phrase, n, m, y) ->
        phrase.replace("{n}", n).replace("{m}", m).replace("{y}", y));
  }

  /** Anywhere in {@code java.time}'s range, often at its ends; null when the document has none. */
  @Provide
  Arbitrary<LocalDate> referenceDates() {
    long min = LocalDate.MIN.toEpochDay();
    long max = LocalDate.MAX.toEpochDay();
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(min, max).map(LocalDate::ofEpochDay)),
        Tuple.of(2, Arbitraries.longs().between(min, min + 800).map(LocalDate::ofEpochDay)),
        Tuple.of(2, Arbitraries.longs().between(max - 800, max).map(LocalDate::ofEpochDay)),
        Tuple.of(2, Arbitraries.longs().between(-36_500, 36_500).map(LocalDate::ofEpochDay)))
        .injectNull(0.05);
  }

  /** The date a later "that year" counts from, named first in the text. */
  @Provide
  Arbitrary<String> anchors() {
    Arbitrary<String> number = numbers();
    return Combinators.combine(Arbitraries.of("{y}", "May {y}", "September {n}, {y}", "{n}/{m}/{y}", "{y}-{n}-{m}"), number, number,
        number).as((anchor, n, m, y) -> anchor.replace("{n}", n).replace("{m}", m).replace("{y}", y));
  }

  @Property(tries = 3000, seed = "20261201")
  void everyDatePhraseIsTypedWithAComputableValueOrNull(@ForAll("anchors") String anchor, @ForAll("phrases") String phrase,
      @ForAll("referenceDates") LocalDate reference) {
    String text = "Sales rose in " + anchor + ", and " + phrase + " they fell.";
    Document document = new Document.Builder(text).sentence(0, text.length(), TOKENIZER.tokenize(text, 0, text.length())).build();
    Dates.Session session = DATES.session(document, reference);
    int anchorStart = text.indexOf(anchor);
    int phraseStart = text.indexOf(", and ") + 6;
    for (Mention mention : List.of(new Mention(Label.DATE, anchorStart, anchorStart + anchor.length(), 0.9),
        new Mention(Label.DATE, phraseStart, phraseStart + phrase.length(), 0.8))) {
      Dates.TimeExpression typed = session.type(mention);
      assertEquals(mention.start(), typed.start());
      assertEquals(mention.end(), typed.end());
      assertValid(typed);
    }
    for (int[] span : session.spot()) {
      Optional<Dates.TimeExpression> spotted = session.spotted(span[0], span[1]);
      spotted.ifPresent(DateArithmeticPropertiesTest::assertValid);
      spotted.ifPresent(date -> assertTrue(date.value() != null, "a date found by pattern is kept only with a value"));
    }
  }

  @Property(tries = 2000, seed = "20261202")
  void anaphoricPhrasesCountFromAnyAnchorValue(@ForAll("phrases") String phrase, @ForAll("referenceDates") LocalDate reference,
      @ForAll("numbers") String year, @ForAll("numbers") String month, @ForAll("numbers") String day) {
    for (String anchor : new String[] {year, year + "-" + month, year + "-" + month + "-" + day}) {
      for (DateNormalizer.Tense tense : DateNormalizer.Tense.values()) {
        NORMALIZER.normalize(phrase, reference, tense, anchor).ifPresent(DateArithmeticPropertiesTest::assertValid);
      }
    }
  }

  @Test
  void aFractionOverZeroIsALengthOfTimeWithoutAValue() {
    assertEquals(Optional.of(new Durations.Length(null)), NORMALIZER.duration("2 1/0 years"));
    assertEquals(Optional.of(new Durations.Length("P2.5Y")), NORMALIZER.duration("2 1/2 years"));
  }

  @Test
  void aDatePastTheCalendarsEndHasNoValue() {
    LocalDate last = LocalDate.MAX;
    assertEquals(Optional.empty(), NORMALIZER.normalize("next year", last));
    assertEquals(Optional.empty(), NORMALIZER.normalize("tomorrow", last));
    assertEquals(Optional.empty(), NORMALIZER.normalize("the following day", last, DateNormalizer.Tense.UNKNOWN, null));
    assertEquals(Optional.of("+999999999-12-30"), NORMALIZER.normalize("yesterday", last).map(NormalizedDate::value));
    assertEquals(Optional.empty(), NORMALIZER.normalize("a year ago", LocalDate.MIN));
    String report = "Profit rose from a year ago in the quarter.";
    int start = report.indexOf("a year ago");
    assertEquals(Optional.empty(), NORMALIZER.yearAgoQuarter(report, start, start + 10, LocalDate.MIN));
    assertEquals(Optional.of("1999-Q4"), NORMALIZER.yearAgoQuarter(report, start, start + 10, LocalDate.of(2001, 3, 1))
        .map(NormalizedDate::value));
  }

  @Test
  void aRangeEndingOnADayItsMonthLacksEndsOnTheMonthsLastDay() {
    assertEquals(Optional.of("2021-02-28"), NORMALIZER.normalize("February 26-29", LocalDate.of(2021, 3, 4))
        .map(NormalizedDate::rangeEnd));
    assertEquals(Optional.of("2020-02-29"), NORMALIZER.normalize("February 26-29", LocalDate.of(2020, 3, 4))
        .map(NormalizedDate::rangeEnd));
    assertEquals(Optional.of("XXXX-02-29"), NORMALIZER.normalize("February 26-29", null).map(NormalizedDate::rangeEnd));
    assertEquals(Optional.of("+999999999-09-04"), NORMALIZER.normalize("2-4 September", LocalDate.MAX.minusMonths(2))
        .map(NormalizedDate::rangeEnd));
  }

  /** A value is null or text; one that reads as a calendar day or month names one that exists. */
  private static void assertValid(Dates.TimeExpression typed) {
    assertTrue(typed.type() == EntityType.DATE || typed.type() == EntityType.DURATION);
    assertValidValue(typed.value());
    assertValidValue(typed.rangeEnd());
    if (typed.type() == EntityType.DURATION) {
      assertNull(typed.rangeEnd());
      assertTrue(typed.value() == null || typed.value().startsWith("P"), typed.value());
    }
  }

  private static void assertValid(NormalizedDate date) {
    assertValidValue(date.value());
    assertValidValue(date.rangeEnd());
    assertTrue(date.value() != null);
  }

  private static void assertValidValue(String value) {
    if (value == null) {
      return;
    }
    assertFalse(value.isBlank());
    if (FULL_DATE.matcher(value).matches()) {
      LocalDate.parse(value);
    } else if (MONTH.matcher(value).matches()) {
      YearMonth.parse(value);
    }
  }
}
