package org.nerkit.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tense of a date's clause ({@link ClauseTense}), through {@link DateNormalizer#tenseBefore}
 * and {@link DateNormalizer#tense}.
 */
class ClauseTenseTest {
  private final DateNormalizer normalizer = new DateNormalizer();

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      The two leaders will meet on                       | FUTURE
      The two leaders met on                             | PAST
      The minister said talks will resume on             | FUTURE
      Officials said the vote is scheduled to be held on | FUTURE
      The minister said talks would resume on            | PAST
      The summit, which was postponed, is scheduled for  | FUTURE
      It will rain. Markets are open on                  | UNKNOWN
      It rained. Markets rose on                         | PAST
      He will travel to Rome. The pope received him on   | PAST
      The team planned to leave Nairobi on               | FUTURE
      Protesters planned a large demonstration on        | FUTURE
      The group could arrive as soon as                  | FUTURE
      The dividend is payable                            | FUTURE
      Mr. Schwarz, 52, will succeed Mr. Davison on       | FUTURE
      """)
  void tenseComesFromTheClauseBeforeTheDate(String before, DateNormalizer.Tense expected) {
    String text = before + " Friday.";
    assertEquals(expected, normalizer.tenseBefore(text, text.indexOf("Friday")));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Officials said on Friday that talks will resume.     | PAST
      On Friday, the two leaders will meet in Geneva.      | FUTURE
      In Friday's session, the board brought in a new chief. | PAST
      On Friday. The leaders will meet.                    | UNKNOWN
      """)
  void withoutAMarkerBeforeItTheClauseAfterTheDateGivesTheTense(String sentence, DateNormalizer.Tense expected) {
    int start = sentence.indexOf("Friday");
    assertEquals(expected, normalizer.tense(sentence, start, start + "Friday".length()));
  }
}
