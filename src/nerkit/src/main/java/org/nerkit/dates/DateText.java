package org.nerkit.dates;

import static org.nerkit.dates.DateWords.NUMBERS;
import static org.nerkit.dates.DateWords.spelledNumber;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mention's text as every date pattern expects it: lower case, one space between words,
 * straight apostrophes, no framing punctuation or prepositions ("On Sept. 16," is "sept. 16"),
 * and spelled-out years as digits. The grammar, the extents, the durations and the year-ago
 * quarter all match against this form, so that each pattern need not allow for every spelling.
 */
final class DateText {

  private DateText() {}

  /** Longer mentions are not normalized. */
  static final int MAX_MENTION_LENGTH = 120;

  /** Words before a date that do not change which date it is: prepositions, hedges, a possessive determiner. */
  private static final Pattern LEADING_WORDS = Pattern.compile(
      "^(?:on|in|by|since|until|till|from|during|of|as of|at(?! least| most)|its|just|sometime|some time|around|about|roughly|approximately) ");

  /** Lower case, one space between words, curly apostrophes straightened, framing words dropped. */
  static String clean(String mention) {
    // Patterns compiled once: String.replaceAll compiles its pattern on every call.
    String s = WHITE_SPACE.matcher(mention.replace('\u2019', '\'').replace('\u00A0', ' ').toLowerCase(Locale.ROOT))
        .replaceAll(" ").strip();
    s = TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
    if (s.endsWith(".") && !MONTH_ABBREVIATION_END.matcher(s).find()) {
      s = s.substring(0, s.length() - 1).strip();
    }
    s = POSSESSIVE_END.matcher(s).replaceAll(""); // "last year's", "the 1990s'": the date itself ("the 1980's" is a decade)
    s = DIGIT_COMMA_YEAR.matcher(HYPHEN.matcher(s).replaceAll("-")).replaceAll("$1, $2");
    s = spelledYears(s);
    Matcher leading = LEADING_WORDS.matcher(s);
    while (leading.find()) {
      s = s.substring(leading.end());
      leading = LEADING_WORDS.matcher(s);
    }
    return s;
  }

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:!?]+$");
  private static final Pattern MONTH_ABBREVIATION_END = Pattern.compile("\\b(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.$");
  private static final Pattern POSSESSIVE_END = Pattern.compile("(?<=[a-z1-9])'s?$");
  private static final Pattern HYPHEN = Pattern.compile(" ?- ?");
  private static final Pattern DIGIT_COMMA_YEAR = Pattern.compile("(\\d) ?, ?(\\d{4})");

  private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
  private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
  private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  /** "nineteen ninety-six", "nineteen oh five", "eighteen hundred", "two thousand (and) one": years as spoken. */
  static final Pattern SPELLED_YEAR = Pattern.compile(
      "\\b(?:(" + TEENS + ") (hundred|oh (?:" + UNITS + ")|(?:" + TEENS + ")|(?:" + TENS + ")(?:-(?:" + UNITS + "))?)"
          + "|two thousand(?: (?:and )?(" + UNITS + "|" + TEENS + "))?)\\b");

  /** Spelled-out years as digits, so that every rule reads them: "the winter of nineteen ninety-four". */
  private static String spelledYears(String s) {
    if (!s.contains("thousand") && !s.contains("teen")) {
      return s;
    }
    Matcher m = SPELLED_YEAR.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int year;
      if (m.group(1) != null) {
        String rest = m.group(2);
        int low = rest.equals("hundred") ? 0 : rest.startsWith("oh ") ? NUMBERS.get(rest.substring(3)) : spelledNumber(rest);
        year = NUMBERS.get(m.group(1)) * 100 + low;
      } else {
        year = 2000 + (m.group(3) == null ? 0 : NUMBERS.get(m.group(3)));
      }
      m.appendReplacement(out, String.valueOf(year));
    }
    m.appendTail(out);
    return out.toString();
  }
}
