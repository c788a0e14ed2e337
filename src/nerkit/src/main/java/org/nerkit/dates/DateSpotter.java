package org.nerkit.dates;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds dates in raw text by pattern alone, where the statistical recognizer was not trained to
 * see them (TimeML's "now", "recently", "in the future") or often misses them ("Aug. 7", "last
 * fall", "in '78"). On the hot path: the pattern is tried only at the positions where one of its
 * alternatives can begin, found from the first two characters.
 */
final class DateSpotter {

  private DateSpotter() {}

  /** See {@link DateNormalizer#spot}. */
  static List<int[]> spot(String text) {
    Objects.requireNonNull(text, "text");
    List<int[]> spans = new java.util.ArrayList<>();
    // The same matches as SPOTTED.matcher(text).find() in a loop, but the pattern is tried only
    // where one of its alternatives can begin: trying its dozen alternatives and lookbehinds at
    // every word was a sixth of the whole pipeline's time.
    Matcher matcher = SPOTTED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (!canStartSpottedDate(text, i)) {
        continue;
      }
      matcher.region(i, length);
      if (matcher.lookingAt()) {
        spans.add(new int[] {matcher.start(), matcher.end()});
        i = matcher.end() - 1;
      }
    }
    return spans;
  }

  /**
   * The first two letters, in lower case, of every word a {@link #SPOTTED} match can begin with
   * (keep in step with the pattern): "no" for "now" and "Nov.", "th" for "the" and "this"...; the
   * holidays' from their table.
   */
  private static final List<String> SPOT_PREFIXES = Stream.concat(Stream.of(
      "no", "cu", "re", "to", "ye", "th", "ja", "fe", "ma", "ap", "ju", "au", "se", "oc", "de", "la", "ne", "ea", "mi", "be"),
      Holidays.SPOTTED_NAMES.stream().map(name -> name.substring(0, 2).toLowerCase(Locale.ROOT))).toList();
  /** Per first letter, the bit set of second letters: {@link #SPOT_PREFIXES} as a table. Never written after it is built. */
  private static final int[] SPOT_SECOND_LETTERS = secondLetters(SPOT_PREFIXES);

  private static int[] secondLetters(List<String> prefixes) {
    int[] table = new int[26];
    for (String prefix : prefixes) {
      table[prefix.charAt(0) - 'a'] |= 1 << (prefix.charAt(1) - 'a');
    }
    return table;
  }

  /** Whether a {@link #SPOTTED} match can begin at {@code i}: a word with one of its prefixes, a year, a quote before digits. */
  private static boolean canStartSpottedDate(String text, int i) {
    if (i + 1 >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    char next = text.charAt(i + 1);
    if (c == '\'' || c == '\u2019') {
      return next >= '0' && next <= '9'; // "'78", "the '30s"
    }
    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return false; // not the start of a word
    }
    if (c >= '0' && c <= '9') {
      // a year; a range of days ("2-4 September", "12–14 March")
      return (next >= '0' && next <= '9') || next == '-' || next == '\u2013' || next == ' ';
    }
    int first = (c | 0x20) - 'a';
    int second = (next | 0x20) - 'a';
    return c < 128 && next < 128 && first >= 0 && first < 26 && second >= 0 && second < 26
        && (SPOT_SECOND_LETTERS[first] & (1 << second)) != 0;
  }

  private static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
  private static final String DAY = "(?:[12]?\\d|3[01])(?:st|nd|rd|th)?";
  private static final String MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November"
      + "|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)";

  private static final Pattern SPOTTED = Pattern.compile(
      "\\b(?:(?i:now|currently|recently|nowadays|today|yesterday|tomorrow)"
          + "|(?<=\\b(?:[Ii]n|[Ff]or|into|about) )the (?:near future|future|past)(?! \\w+s\\b)"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\. \\d{1,2}(?:, \\d{4})?"
          + "|(?i:(?:last|next|this|this past|this coming) (?:week|month|year|spring|summer|fall|autumn|winter|quarter))"
          + "|(?i:the (?:latest|current|most recent|just-ended|first|second|third|fourth) (?:quarter|period))"
          + "|(?i:(?:earlier|later) that (?:day|week|month|year)|that same day)"
          + "|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring) )(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d,.]\\d| ?%)"
          // ranges of years and of days: "from 2022 to 2025" ("from" is left out, as OntoNotes does), "between 2019
          // and 2021", "2-4 September 2023", "March 3-5, 2021"
          + "|(?<=\\b[Ff]rom )" + YEAR + " (?:to|through|until|-|\u2013) " + YEAR + "(?![\\d,.]\\d| ?%)"
          + "|[Bb]etween " + YEAR + " and " + YEAR + "(?![\\d,.]\\d| ?%)"
          + "|" + DAY + " ?[-\u2013] ?" + DAY + " " + MONTH_NAME + "(?:,? \\d{4})?(?![\\w-])"
          + "|" + MONTH_NAME + " " + DAY + " ?[-\u2013] ?" + DAY + "(?:,? \\d{4})?(?![\\w-])"
          + "|mid-(?:January|February|March|April|May|June|July|August|September|October|November|December)"
          + "|(?:(?i:last|next|this) )?(?:" + Holidays.SPOTTED_NAME_PATTERN + "))(?![\\w-])"
          + "|(?<![\\w'\u2019])['\u2019]\\d\\d(?:'?s)?(?![\\w'\u2019%-])"); // "in '78", "the '30s"
}
