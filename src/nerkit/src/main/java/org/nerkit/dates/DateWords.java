package org.nerkit.dates;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words dates are written with: the placeholders the grammar's patterns are written with
 * ({@code MONTH}, {@code DAY}, {@code NUM}...) and {@link #expand} to replace them, and the
 * helpers that read the matched words back as numbers ("sixteenth" 16, "Sept." 9, "'78" 1978).
 * Kept in one place so that the spotting, extent and grammar patterns all spell a month or a
 * number the same way.
 */
final class DateWords {

  private DateWords() {}

  private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  private static final String DAY = "(\\d{1,2}(?:st|nd|rd|th)?|ORDINALWORDS)";
  /** "first" to "thirty-first", for "September sixteenth" and "the sixteenth of September". */
  private static final List<String> ORDINAL_DAYS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
      "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
      "twenty-ninth", "thirtieth", "thirty-first");
  private static final String YEAR = "(\\d{4})";
  private static final String NUMBER = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
      + "|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\\w+)?"
      + "|several|a few|a couple of|a couple|\\d{1,3})";
  /**
   * Words before an amount of time that OntoNotes and TimeML (its {@code mod}) keep in the
   * mention: "more than 20 years", "nearly a decade ago", "another two weeks".
   */
  private static final String AMOUNT_HEDGES = "more than|less than|fewer than|no more than|a little more than|at least|up to"
      + "|nearly|almost|about|some|roughly|approximately|exactly|a full|another|an additional|a further"
      + "|a little over|well over|just over";

  /** The quarter numbers: "the third quarter", "3rd-quarter". */
  private static final String ORDINAL_NUMBER = "(first|second|third|fourth|1st|2nd|3rd|4th)";
  private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

  private static final Pattern NON_DIGIT = Pattern.compile("\\D"); // compiled once, unlike String.replaceAll's

  static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100));
  static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");
  static final Map<String, Integer> ORDINALS = Map.of(
      "first", 1, "second", 2, "third", 3, "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

  /** The placeholders of a rule's pattern replaced by their sub-patterns. */
  static String expand(String regex) {
    // HOLIDAY and WEEKDAY before DAY: they contain it.
    List<String> longestFirst = new java.util.ArrayList<>(ORDINAL_DAYS);
    longestFirst.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return regex.replace("HOLIDAY", "(" + Holidays.NAME_PATTERN + ")").replace("ORDN", ORDINAL_NUMBER)
        .replace("WEEKDAY", WEEKDAY).replace("MONTH", MONTH).replace("DAY", DAY)
        .replace("ORDINALWORDS", String.join("|", longestFirst)).replace("YEAR", YEAR).replace("NUM", NUMBER)
        .replace("HEDGES", AMOUNT_HEDGES);
  }

  /** "ninety-six" as 96, "twelve" as 12. */
  static int spelledNumber(String words) {
    int total = 0;
    for (String word : words.split("-")) {
      total += NUMBERS.get(word);
    }
    return total;
  }

  static int i(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** "16", "16th" or "sixteenth" as 16. */
  static int dayOf(String day) {
    int word = ORDINAL_DAYS.indexOf(day);
    if (word >= 0) {
      return word + 1;
    }
    return Integer.parseInt(NON_DIGIT.matcher(day).replaceAll(""));
  }

  /** "'78" in a 2005 text is 1978, "'09" 2009: the latest such year at most ten years after the reference date. */
  static int shortYear(int twoDigits, LocalDate reference) {
    int year = reference.getYear() / 100 * 100 + twoDigits;
    return Year.of(year > reference.getYear() + 10 ? year - 100 : year).getValue(); // within the calendar
  }

  static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
  }

  static int month(String name) {
    String key = name.replace(".", "");
    return switch (key.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}
