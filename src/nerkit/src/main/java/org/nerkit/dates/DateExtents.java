package org.nerkit.dates;

import static org.nerkit.dates.DateWords.expand;
import static org.nerkit.dates.DateText.MAX_MENTION_LENGTH;
import static org.nerkit.dates.DateText.SPELLED_YEAR;
import static org.nerkit.dates.DateText.clean;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a date mention starts and ends in the text, when the recognizer's span left out words
 * that belong to it: the year after "March 3", the day after "July", the date after "Saturday",
 * the end of a range ("1953 to 1955"), "nearly" before "four years ago", "earlier" after "two
 * weeks". Each kind of mention has its own widening, so a word joins only the mentions it can
 * belong to ("early" joins "Monday", not "buyers").
 */
final class DateExtents {

  private DateExtents() {}

  /** "March 3" or "3 March" followed by ", 2021": the year the recognizer often leaves out. */
  private static final Pattern MONTH_DAY = Pattern.compile(expand("(?:MONTH (?:the )?DAY|(?:the )?DAY (?:of )?MONTH)"));
  /** "March 3-5", "3-5 March": a range of days, which a year may follow (", 2021"). */
  private static final Pattern DAY_RANGE = Pattern.compile(expand("(?:MONTH (?:the )?DAY ?- ?DAY|DAY ?- ?DAY (?:of )?MONTH)"));
  /** "4 September", "4 September 2023": the last day of a range of days when a day and a dash come before it. */
  private static final Pattern DAY_MONTH = Pattern.compile(expand("DAY (?:of )?MONTH(?:,? YEAR)?"));
  private static final Pattern RANGE_START_BEFORE = Pattern.compile(
      "(?:^|(?<=[^\\w.,$-]))\\d{1,2}(?:st|nd|rd|th)?[ \\t\\u00A0]?[-\\u2013\\u2014][ \\t\\u00A0]?$");
  /** "the 1988", "the year-ago" followed by "period" or "quarter": the company-report period. */
  private static final Pattern YEAR_OR_YEAR_AGO = Pattern.compile(expand("the (?:YEAR|year-ago|year-earlier)"));
  private static final Pattern FOLLOWING_PERIOD = Pattern.compile("[ \\t\\u00A0]+(?:period|quarter)\\b");
  /** "Saturday" followed by the date it falls on: ", April 25", " Oct. 13", " the 13th". */
  private static final Pattern WEEKDAY_ONLY = Pattern.compile(expand("WEEKDAY"));
  private static final Pattern FOLLOWING_DATE = Pattern.compile(expand(
      "(?i),?[ \\t\\u00A0]+((?:MONTH (?:the )?\\d{1,2}(?:st|nd|rd|th)?|(?:the )?\\d{1,2}(?:st|nd|rd|th)?(?: of)? MONTH)\\b)"));
  /**
   * A year (or month and year) followed by the end of its range: "1953 to 1955", "1986-87". Not
   * "between 1983 and 1987": OntoNotes marks it as one date, TimeBank as two (what each choice
   * is worth on the development sets: models/README.md).
   */
  private static final Pattern YEAR_OR_MONTH_YEAR = Pattern.compile(expand("(?:MONTH,? )?YEAR"));
  private static final Pattern FOLLOWING_RANGE_END = Pattern.compile(expand(
      "(?i)(?:[-\u2013]\\d{2}|[ \\t\\u00A0]+(?:to|through|until)[ \\t\\u00A0]+(?:MONTH,? )?\\d{4})(?![\\w%-]|[,.]\\d)"));

  /**
   * "July" followed by its day: " fifth", " the 1st", " 4," (a bare number only before punctuation), " the seventh" before
   * punctuation or a preposition ("In March the second phase began" is no date).
   */
  private static final Pattern MONTH_ONLY = Pattern.compile(expand("(?:(?:last|this|next|early|late) )?MONTH"));
  private static final Pattern FOLLOWING_DAY = Pattern.compile(expand(
      "(?i)[ \\t\\u00A0]+(?:ORDINALWORDS|(?:the[ \\t\\u00A0]+)?\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}(?=[,.;:!?)]|$)"
          + "|the[ \\t\\u00A0]+(?:ORDINALWORDS)(?=[ \\t\\u00A0]*(?:[,.;:!?)]|$|(?:at|in|on|and|when|that|of)\\b)))(?![\\w-])"));
  /** "January", "the year": followed by a spelled-out year ("January nineteen ninety-seven", "the year two thousand"). */
  private static final Pattern MONTH_OR_YEAR_WORD = Pattern.compile(expand("(?:MONTH|the year)"));
  private static final Pattern FOLLOWING_YEAR = Pattern.compile("^,?[ \\t\\u00A0]*(?:\\r?\\n)?[ \\t\\u00A0]*\\d{4}(?!\\d)");

  /** See {@link DateNormalizer#extendedEnd}. */
  static int extendedEnd(String text, int start, int end) {
    Objects.requireNonNull(text, "text");
    if (end - start > MAX_MENTION_LENGTH) {
      return end;
    }
    String mention = clean(text.substring(start, end));
    if (MONTH_OR_YEAR_WORD.matcher(mention).matches()) {
      int next = end;
      while (next < text.length() && next < end + 3 && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      String after = text.substring(next, Math.min(text.length(), next + 40)).toLowerCase(Locale.ROOT);
      Matcher spelled = SPELLED_YEAR.matcher(after);
      if (next > end && spelled.lookingAt()) {
        return next + spelled.end();
      }
    }
    if (YEAR_OR_YEAR_AGO.matcher(mention).matches()) {
      Matcher period = FOLLOWING_PERIOD.matcher(text).region(end, Math.min(text.length(), end + 12));
      return period.lookingAt() ? period.end() : end;
    }
    if (YEAR_OR_MONTH_YEAR.matcher(mention).matches()) {
      Matcher range = FOLLOWING_RANGE_END.matcher(text).region(end, Math.min(text.length(), end + 24));
      if (range.lookingAt()) {
        return range.end();
      }
    }
    if (MONTH_ONLY.matcher(mention).matches()) {
      Matcher day = FOLLOWING_DAY.matcher(text).region(end, Math.min(text.length(), end + 20));
      return day.lookingAt() ? extendedEnd(text, start, day.end()) : end;
    }
    if (WEEKDAY_ONLY.matcher(mention).matches()) {
      Matcher date = FOLLOWING_DATE.matcher(text).region(end, Math.min(text.length(), end + 30));
      return date.lookingAt() ? extendedEnd(text, date.start(1), date.end()) : end;
    }
    for (Widening widening : RIGHT_WIDENINGS) {
      if (widening.mention().matcher(mention).matches()) {
        Matcher words = widening.before().matcher(text).region(end, Math.min(text.length(), end + 20));
        if (words.lookingAt()) {
          return words.end(1);
        }
      }
    }
    if (!MONTH_DAY.matcher(mention).matches() && !DAY_RANGE.matcher(mention).matches()) {
      return end;
    }
    Matcher year = FOLLOWING_YEAR.matcher(text).region(end, Math.min(text.length(), end + 12));
    return year.lookingAt() ? year.end() : end;
  }

  /** See {@link DateNormalizer#extendedStart}. */
  static int extendedStart(String text, int start, int end, int notBefore) {
    Objects.requireNonNull(text, "text");
    if (end - start > MAX_MENTION_LENGTH) {
      return start;
    }
    String mention = clean(text.substring(start, end));
    int from = Math.max(Math.max(0, notBefore), start - 30);
    String before = text.substring(from, start).toLowerCase(Locale.ROOT);
    if (DAY_MONTH.matcher(mention).matches()) {
      // "2–4 September": the recognizer often finds only the range's last day
      Matcher range = RANGE_START_BEFORE.matcher(before);
      if (range.find()) {
        return from + range.start();
      }
    }
    for (Widening widening : LEFT_WIDENINGS) {
      if (widening.mention().matcher(mention).matches()) {
        Matcher words = widening.before().matcher(before);
        if (words.find()) {
          return from + words.start(1);
        }
      }
    }
    return start;
  }

  /** Words before (or, in {@link #RIGHT_WIDENINGS}, after) a kind of date mention that belong to it. */
  private record Widening(Pattern mention, Pattern before) {
    static Widening of(String mention, String before) {
      return new Widening(Pattern.compile(expand(mention)), Pattern.compile("(?:^|(?<=[^\\w-]))(" + expand(before) + ")[ \\t\\u00A0]+$"));
    }

    static Widening after(String mention, String after) {
      return new Widening(Pattern.compile(expand(mention)), Pattern.compile("[ \\t\\u00A0]+(" + expand(after) + ")(?![\\w-])"));
    }
  }

  private static final List<Widening> LEFT_WIDENINGS = List.of(
      Widening.of("NUM (?:day|week|month|year|decade)s? ago", "HEDGES|over"),
      Widening.of("NUM(?: (?:to|or) NUM)?[ -](?:day|week|month|year|decade|century)s?", "HEDGES"),
      Widening.of("(?:day|week|month|year|decade)s ago", "a couple of|a few|several|many"),
      Widening.of("(?:next|past|last|first|coming|previous|following) NUM(?: (?:to|or) NUM)?[ -](?:day|week|month|year|decade)s?",
          "the"),
      Widening.of("WEEKDAY|yesterday|today|tomorrow|that (?:day|week|month|year)", "earlier|later"),
      Widening.of("MONTH|WEEKDAY|YEAR|(?:the )?\\d{3}0'?s", "early|late|the middle of|the beginning of|the end of|the start of"),
      Widening.of("YEAR", "(?:the )?(?:spring|summer|fall|autumn|winter|(?:first|second|third|fourth) quarter|(?:first|second) half) of"),
      Widening.of("MONTH|WEEKDAY|spring|summer|fall|autumn|winter", "this|last|next|this past|this coming"),
      Widening.of("(?:(?:last|this|next) )?MONTH(?:,? YEAR)?", "(?:the )?(?:(?<![.,$])\\d{1,2}(?:st|nd|rd|th)?|ORDINALWORDS)(?: of)?"),
      Widening.of("(?:this|last|next|the) (?:month|year)", "(?:the )?(?:\\d{1,2}(?:st|nd|rd|th)?|ORDINALWORDS) of|MONTH (?:the )?DAY of"));

  /**
   * Words after a kind of date mention that belong to it: "earlier" of "two weeks earlier", and
   * "before" or "prior" used as adverbs, before punctuation ("the month before."; "a few weeks
   * before the bombing" leaves "before" out, as OntoNotes does). {@link Widening#before} holds the
   * pattern of the words after here.
   */
  private static final List<Widening> RIGHT_WIDENINGS = List.of(
      Widening.after("(?:(?:HEDGES) )?NUM(?: (?:to|or) NUM)?[ -](?:day|week|month|year|decade)s?", "earlier|later|from now"),
      Widening.after("(?:(?:HEDGES) )?NUM(?: (?:to|or) NUM)?[ -](?:day|week|month|year|decade)s?|the (?:day|week|month|year)",
          "(?:before|prior)(?=[,.;:!?)]|$)"));
}
