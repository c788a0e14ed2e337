package org.nerkit.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a date mention starts and ends ({@link DateExtents}), through
 * {@link DateNormalizer#extendedStart} and {@link DateNormalizer#extendedEnd}.
 */
class DateExtentsTest {
  private final DateNormalizer normalizer = new DateNormalizer();

  @ParameterizedTest(name = "{0}: [{1}] -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The war ended nearly four years ago.             | four years ago | nearly four years ago
      The pilot died more than sixty years ago.        | sixty years ago | more than sixty years ago
      Storms hit a little over a week ago.             | a week ago     | a little over a week ago
      He had run the firm for more than 20 years.      | 20 years       | more than 20 years
      Goods meant to last fewer than three years fell. | three years    | fewer than three years
      The crime is punishable by up to 10 years.       | 10 years       | up to 10 years
      The ban runs for an additional 120 days.         | 120 days       | an additional 120 days
      The plant will close for another two weeks.      | two weeks      | another two weeks
      It takes about six to seven years to mature.     | six to seven years | about six to seven years
      The pines are felled after only 20 years.        | 20 years       | 20 years
      I lost the case a couple of weeks ago.           | weeks ago      | a couple of weeks ago
      The stone was laid on 3 November.                | November       | 3 November
      On the 5th of this month, he was sentenced.      | this month     | the 5th of this month
      The group met on September 1 of this year.       | this year      | September 1 of this year
      A blast hit the city on the third of last July.  | last July      | the third of last July
      The wage will rise to $3.80 next April.          | next April     | next April
      Rates will rise over the next four years.        | next four years | the next four years
      Earlier Sunday, rebels shelled the town.         | Sunday         | Earlier Sunday
      Prices fell later yesterday.                     | yesterday      | later yesterday
      The vote is due in late November.                | November       | late November
      Sales slumped at the beginning of October.       | October        | the beginning of October
      Elections are due this September.                | September      | this September
      It grew in the early 1990s.                      | 1990s          | early 1990s
      It snowed in the winter of 1994.                 | 1994           | the winter of 1994
      Sales rose in the third quarter of 1990.         | 1990           | the third quarter of 1990
      The talks, earlier, went well on Sunday.         | Sunday         | Sunday
      Investors were early Monday buyers.              | buyers         | buyers
      """)
  void extendsAMentionOverTheWordsBeforeItThatBelongToIt(String sentence, String recognized, String expected) {
    int start = sentence.indexOf(recognized);
    int extended = normalizer.extendedStart(sentence, start, start + recognized.length(), 0);
    assertEquals(expected, sentence.substring(extended, start + recognized.length()));
  }

  @Test
  void doesNotExtendOverThePreviousEntity() {
    String text = "He left in late November.";
    int start = text.indexOf("November");
    assertEquals(start, normalizer.extendedStart(text, start, start + 8, text.indexOf(" November")));
  }

  @ParameterizedTest(name = "{0}: [{1}] -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The bombs went off on July the seventh at 8:50.      | July      | July the seventh
      He was fired on October the 1st.                    | October   | October the 1st
      We hope that come September fourth he stays.        | September | September fourth
      She vanished on July 4, 1988, at sea.               | July      | July 4, 1988
      In March the second phase began.                    | March     | March
      Sales in May 10 percent higher were reported.       | May       | May
      Orders rose 3.9% the month before. Sales fell.      | the month | the month before
      He had sold her the rifle a few months before.      | a few months | a few months before
      Flows were cut about two weeks earlier than normal. | about two weeks | about two weeks earlier
      A couple of years prior, a boy vanished.            | A couple of years | A couple of years prior
      Two years before the war, prices fell.              | Two years | Two years
      From 1953 to 1955, 9.8 billion were sold.           | 1953      | 1953 to 1955
      In 1986-87 and 1987-88, she won bonuses.            | 1986      | 1986-87
      Exports fell in the 1996 to 1997 season.            | 1996      | 1996 to 1997
      Costs rose 15% between 1983 and 1987 in real terms. | 1983      | 1983
      Output grew in 1990 to 2,000.5 tons.                | 1990      | 1990
      It began in January nineteen ninety-seven and ends. | January   | January nineteen ninety-seven
      It ends by the year two thousand. In May prices fell. | the year | the year two thousand
      It ends by the year two thousand. In May prices fell. | May      | May
      Net rose from the year-ago period and from the 1988 quarter. | the year-ago | the year-ago period
      Net rose from the 1988 quarter, the year-ago results show. | the 1988 | the 1988 quarter
      Net rose, the year-ago results show.                | the year-ago | the year-ago
      The vote is on Saturday, April 25, 1998 and the count. | Saturday | Saturday, April 25, 1998
      The count on Monday Apr. 27. Friday, she said, was quiet. | Monday | Monday Apr. 27
      The count on Monday Apr. 27. Friday, she said, was quiet. | Friday | Friday
      """)
  void extendsAMentionOverTheWordsAfterItThatBelongToIt(String sentence, String recognized, String expected) {
    int start = sentence.indexOf(recognized);
    assertEquals(expected, sentence.substring(start, normalizer.extendedEnd(sentence, start, start + recognized.length())));
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
}
