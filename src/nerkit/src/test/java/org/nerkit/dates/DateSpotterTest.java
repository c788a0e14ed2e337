package org.nerkit.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates found in raw text by pattern alone ({@link DateSpotter}), through {@link DateNormalizer#spot}. */
class DateSpotterTest {
  private final DateNormalizer normalizer = new DateNormalizer();

  @Test
  void spotsReferenceWordsAndAbbreviatedDatesTheRecognizerMisses() {
    String text = "Shares are now higher than on Aug. 7, 1998, and in the future they may fall. Today nobody knows."
        + " A sale is planned in the near future, looking into the future.";
    List<String> spotted = normalizer.spot(text).stream().map(span -> text.substring(span[0], span[1])).toList();
    assertEquals(List.of("now", "Aug. 7, 1998", "the future", "Today", "the near future", "the future"), spotted);
    assertEquals(List.of(), normalizer.spot("Nowhere, knowing the pastry chef, he sold Oct.-dated bonds."));
    String years = "Founded in 1898, it grew during 1997; in 2,000 towns, in 1999.5 and in 2012% of cases it did not.";
    assertEquals(List.of("1898", "1997"), normalizer.spot(years).stream().map(span -> years.substring(span[0], span[1])).toList());
    String relative = "The doctor was shot last fall; hearings resume next week. This year-end rally and this weekend are not."
        + " He was found on Thanksgiving Day. Later that year he left. The latest period and this quarter were weak; results are due mid-November.";
    assertEquals(List.of("last fall", "next week", "Thanksgiving Day", "Later that year", "The latest period", "this quarter", "mid-November"),
        normalizer.spot(relative).stream().map(span -> relative.substring(span[0], span[1])).toList());
    String shortYears = "In '78 exams resumed; the '82 Salon costs $115, wines from the '50s more. Rock 'n' roll, F-16s and the 1990's' end are not.";
    assertEquals(List.of("'78", "'82", "'50s"),
        normalizer.spot(shortYears).stream().map(span -> shortYears.substring(span[0], span[1])).toList());
  }

  @Test
  void spotsTheHolidaysOfTheTableCapitalizedButNotEasterOrChristmasAlone() {
    assertEquals(List.of("New Year's Day", "Valentine's Day", "Easter Sunday", "Memorial Day", "Labor Day", "Labour Day", "Halloween",
        "Election Day", "Thanksgiving", "Thanksgiving Day", "Christmas Eve", "Christmas Day", "New Year's Eve"), Holidays.SPOTTED_NAMES);
    for (String name : Holidays.SPOTTED_NAMES) {
      String text = "Stores opened on " + name + " (" + name.toLowerCase(java.util.Locale.ROOT) + " in lower case is not a name).";
      assertEquals(List.of(name), spotted(text), text);
    }
    String text = "Shops close last Thanksgiving Day's way, next Christmas Eve and on Labour Day; Easter and Christmas sales,"
        + " a thanksgiving service, Halloween-themed parties and EASTER SUNDAY are not.";
    assertEquals(List.of("last Thanksgiving Day", "next Christmas Eve", "Labour Day"), spotted(text));
  }

  private List<String> spotted(String text) {
    return normalizer.spot(text).stream().map(span -> text.substring(span[0], span[1])).toList();
  }
}
