package org.nerkit.normalize.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a date mention into a TIMEX3 value, resolving relative expressions ("on
 * Wednesday", "a month ago", "next year") against a reference date. Never reads the clock: without
 * a reference date, relative expressions keep X's for what is unknown ("XXXX-09-16") or give
 * nothing. Durations and ages ("20 years", "61 years old") are not calendar dates and give
 * nothing.
 *
 * <p>The grammar is the {@link #RULES} table: one regular expression per form, each with a small
 * resolver. To support a new form, add a row and a test row. Immutable and thread-safe.
 */
public final class DateNormalizer {

  /** Resolves one matched form; {@code reference} may be null. */
  @FunctionalInterface
  private interface Resolver {
    Optional<NormalizedDate> resolve(Matcher match, LocalDate reference);
  }

  /** One row of the grammar: a name for tests and debugging, the whole-mention pattern, the resolver. */
  private record Rule(String name, Pattern pattern, Resolver resolver) {
    static Rule of(String name, String regex, Resolver resolver) {
      // WEEKDAY first: it contains the placeholder DAY.
      return new Rule(name, Pattern.compile(regex.replace("WEEKDAY", WEEKDAY)
          .replace("MONTH", MONTH).replace("DAY", DAY).replace("YEAR", YEAR).replace("NUM", NUMBER)), resolver);
    }
  }

  private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(\\d{4})";
  private static final String NUMBER = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\\d{1,3})";
  private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
  private static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");
  private static final Map<String, Integer> ORDINALS = Map.of(
      "first", 1, "second", 2, "third", 3, "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

  private static final List<Rule> RULES = List.of(
      // Explicit dates: no reference date needed.
      Rule.of("iso date", "YEAR-(\\d{1,2})-(\\d{1,2})", (m, r) -> day(i(m, 1), i(m, 2), i(m, 3), false)),
      Rule.of("slashed date", "(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})", (m, r) -> i(m, 1) > 12
          ? day(year(m.group(3)), i(m, 2), i(m, 1), false) // 16/09/2021: a first field above 12 is the day
          : day(year(m.group(3)), i(m, 1), i(m, 2), false)), // US order by default
      Rule.of("dotted date", "(\\d{1,2})\\.(\\d{1,2})\\.YEAR", (m, r) -> day(i(m, 3), i(m, 2), i(m, 1), false)),
      Rule.of("month day year", "MONTH DAY,? YEAR", (m, r) -> day(i(m, 3), month(m.group(1)), i(m, 2), false)),
      Rule.of("day month year", "(?:the )?DAY (?:of )?MONTH,? YEAR", (m, r) -> day(i(m, 3), month(m.group(2)), i(m, 1), false)),
      Rule.of("month year", "MONTH,? (?:of )?YEAR", (m, r) -> yearMonth(i(m, 2), month(m.group(1)))),
      Rule.of("year", "(?:the )?(?:year )?YEAR", (m, r) -> plausibleYear(i(m, 1))),
      Rule.of("decade", "(?:the )?(\\d{3})0'?s", (m, r) -> value(m.group(1) + "X", false)),
      Rule.of("short decade", "(?:the )?'(\\d)0s", (m, r) -> value((m.group(1).compareTo("3") < 0 ? "20" : "19") + m.group(1) + "X", false)),
      Rule.of("quarter of year", "(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? YEAR",
          (m, r) -> value(m.group(2) + "-Q" + ORDINALS.get(m.group(1)), false)),
      Rule.of("half of year", "(?:the )?(first|second) half(?: of)? YEAR",
          (m, r) -> value(m.group(2) + "-H" + ORDINALS.get(m.group(1)), false)),
      Rule.of("season of year", "(spring|summer|fall|autumn|winter)(?: of)? YEAR",
          (m, r) -> value(m.group(2) + "-" + SEASONS.get(m.group(1)), false)),
      Rule.of("present", "(?:right )?now|currently|at present|present|nowadays|these days|at the moment",
          (m, r) -> value("PRESENT_REF", false)),
      Rule.of("past", "recently|lately|in the past|the past|formerly|previously|once|earlier|several years ago|years ago|a few years ago",
          (m, r) -> value("PAST_REF", false)),
      Rule.of("future", "(?:in )?the future|soon|in the coming years|in coming years",
          (m, r) -> value("FUTURE_REF", false)),

      // Relative to the reference date.
      Rule.of("month day", "MONTH DAY", (m, r) -> partialDay(r, month(m.group(1)), i(m, 2))),
      Rule.of("day month", "(?:the )?DAY (?:of )?MONTH", (m, r) -> partialDay(r, month(m.group(2)), i(m, 1))),
      Rule.of("month", "MONTH", (m, r) -> r == null
          ? value(String.format("XXXX-%02d", month(m.group(1))), false)
          : yearMonth(r.getYear(), month(m.group(1))).map(d -> new NormalizedDate(d.value(), true))),
      Rule.of("today", "today|this day", (m, r) -> relativeDay(r, 0)),
      Rule.of("yesterday", "yesterday", (m, r) -> relativeDay(r, -1)),
      Rule.of("tomorrow", "tomorrow", (m, r) -> relativeDay(r, 1)),
      Rule.of("day before yesterday", "the day before yesterday", (m, r) -> relativeDay(r, -2)),
      Rule.of("day after tomorrow", "the day after tomorrow", (m, r) -> relativeDay(r, 2)),
      Rule.of("this/last/next unit", "(this|last|next|the coming|the current|the previous) (week|month|year)",
          (m, r) -> shiftedUnit(r, m.group(2), switch (m.group(1)) {
            case "last", "the previous" -> -1;
            case "next", "the coming" -> 1;
            default -> 0;
          })),
      Rule.of("earlier/later this unit", "(?:earlier|later|early|late|the end of|the beginning of|the start of|the rest of) (?:this|the) (week|month|year)",
          (m, r) -> shiftedUnit(r, m.group(1), 0)),
      Rule.of("amount ago", "(?:about |some |nearly |almost |more than |over )?NUM (day|week|month|year)s? ago",
          (m, r) -> agoOrLater(r, m.group(1), m.group(2), -1)),
      Rule.of("amount later", "NUM (day|week|month|year)s? later", (m, r) -> agoOrLater(r, m.group(1), m.group(2), 1)),
      Rule.of("next day", "the (?:next|following) (day|week|month|year)", (m, r) -> agoOrLater(r, "1", m.group(1), 1)),
      Rule.of("weekday", "(?:(last|next|this|this past|this coming) )?WEEKDAY", (m, r) -> weekday(r, m.group(1), m.group(2))),
      Rule.of("quarter", "(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (?:this|the) year)?",
          (m, r) -> r == null ? Optional.empty() : value(r.getYear() + "-Q" + ORDINALS.get(m.group(1)), true)),
      Rule.of("season", "(?:this |the )?(spring|summer|fall|autumn|winter)",
          (m, r) -> r == null ? Optional.empty() : value(r.getYear() + "-" + SEASONS.get(m.group(1)), true)),
      Rule.of("decade relative", "(this|the past|the last|the previous) decade", (m, r) -> r == null ? Optional.empty()
          : value((r.getYear() / 10 - (m.group(1).equals("this") ? 0 : 1)) + "X", true)));

  /** Words that mark a part of a period; the value is that of the period itself (TimeML practice). */
  private static final Pattern PART_OF = Pattern.compile(
      "^(?:early|mid|late|the end of|the beginning of|the start of|the middle of|the first days of|the last days of"
          + "|the first week of|the last week of)[ -](.+)$");
  private static final Pattern LEADING_WORDS = Pattern.compile("^(?:on|in|by|since|until|till|from|during|of|as of|at) ");

  /** "March 3" or "3 March" followed by ", 2021": the year the recognizer often leaves out. */
  private static final Pattern MONTH_DAY = Pattern.compile("(?:MONTH DAY|DAY MONTH)".replace("MONTH", MONTH).replace("DAY", DAY));
  private static final Pattern FOLLOWING_YEAR = Pattern.compile("^,?[ \\t\\u00A0]*(?:\\r?\\n)?[ \\t\\u00A0]*\\d{4}(?!\\d)");

  /** Longer mentions are not normalized. */
  private static final int MAX_MENTION_LENGTH = 120;

  public DateNormalizer() {}

  /**
   * Where a date mention should end: past a year that directly follows a month and day
   * ("March 3, 2021"), else where it ends now.
   */
  public int extendedEnd(String text, int start, int end) {
    Objects.requireNonNull(text, "text");
    if (end - start > MAX_MENTION_LENGTH || !MONTH_DAY.matcher(clean(text.substring(start, end))).matches()) {
      return end;
    }
    Matcher year = FOLLOWING_YEAR.matcher(text).region(end, Math.min(text.length(), end + 12));
    return year.lookingAt() ? year.end() : end;
  }

  /**
   * @param mention the mention exactly as in the document
   * @param referenceDate the document's date, or null when unknown
   */
  public Optional<NormalizedDate> normalize(String mention, LocalDate referenceDate) {
    Objects.requireNonNull(mention, "mention");
    if (mention.length() > MAX_MENTION_LENGTH) {
      return Optional.empty(); // no date expression is this long; don't spend regex time on garbage
    }
    String text = clean(mention);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<NormalizedDate> direct = match(text, referenceDate);
    if (direct.isPresent()) {
      return direct;
    }
    Matcher part = PART_OF.matcher(text);
    if (part.matches()) {
      return match(part.group(1), referenceDate);
    }
    return Optional.empty();
  }

  private static Optional<NormalizedDate> match(String text, LocalDate reference) {
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(text);
      if (matcher.matches()) {
        try {
          return rule.resolver().resolve(matcher, reference);
        } catch (DateTimeException impossible) {
          return Optional.empty(); // "February 30": written, but no such day
        }
      }
    }
    return Optional.empty();
  }

  /** Lower case, one space between words, curly apostrophes straightened, framing words dropped. */
  static String clean(String mention) {
    String s = mention.replace('\u2019', '\'').replace('\u00A0', ' ').toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ").strip();
    s = s.replaceAll("[,;:!?]+$", "").strip();
    if (s.endsWith(".") && !s.matches(".*\\b(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.$")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    s = s.replaceAll(" ?- ?", "-").replaceAll("(\\d) ?, ?(\\d{4})", "$1, $2");
    Matcher leading = LEADING_WORDS.matcher(s);
    while (leading.find()) {
      s = s.substring(leading.end());
      leading = LEADING_WORDS.matcher(s);
    }
    return s;
  }

  private static int i(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
  }

  private static int month(String name) {
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

  private static Optional<NormalizedDate> value(String value, boolean relative) {
    return Optional.of(new NormalizedDate(value, relative));
  }

  private static Optional<NormalizedDate> day(int year, int month, int day, boolean relative) {
    return value(LocalDate.of(year, month, day).toString(), relative);
  }

  private static Optional<NormalizedDate> yearMonth(int year, int month) {
    return value(YearMonth.of(year, month).toString(), false);
  }

  /** 1000-2999: "2017" is a year; "17" or "4000" are numbers. */
  private static Optional<NormalizedDate> plausibleYear(int year) {
    return year >= 1000 && year <= 2999 ? value(String.valueOf(year), false) : Optional.empty();
  }

  private static Optional<NormalizedDate> partialDay(LocalDate reference, int month, int day) {
    if (reference == null) {
      LocalDate.of(2000, month, day); // a leap year: rejects only days no year has
      return value(String.format("XXXX-%02d-%02d", month, day), false);
    }
    return day(reference.getYear(), month, day, true);
  }

  private static Optional<NormalizedDate> relativeDay(LocalDate reference, int days) {
    return reference == null ? Optional.empty() : value(reference.plusDays(days).toString(), true);
  }

  private static Optional<NormalizedDate> shiftedUnit(LocalDate reference, String unit, int amount) {
    if (reference == null) {
      return Optional.empty();
    }
    return switch (unit) {
      case "week" -> value(isoWeek(reference.plusWeeks(amount)), true);
      case "month" -> value(YearMonth.from(reference).plusMonths(amount).toString(), true);
      default -> value(String.valueOf(reference.getYear() + amount), true);
    };
  }

  private static Optional<NormalizedDate> agoOrLater(LocalDate reference, String amountWord, String unit, int sign) {
    Integer amount = NUMBERS.get(amountWord);
    if (amount == null && amountWord.chars().allMatch(Character::isDigit)) {
      amount = Integer.parseInt(amountWord);
    }
    if (amount == null) {
      return value(sign < 0 ? "PAST_REF" : "FUTURE_REF", false); // "several years ago"
    }
    if (reference == null) {
      return Optional.empty();
    }
    int n = sign * amount;
    return switch (unit) {
      case "day" -> value(reference.plusDays(n).toString(), true);
      case "week" -> value(isoWeek(reference.plusWeeks(n)), true);
      case "month" -> value(YearMonth.from(reference).plusMonths(n).toString(), true);
      default -> value(String.valueOf(reference.getYear() + n), true);
    };
  }

  /**
   * A bare weekday is the nearest such day, looking back first: news mostly reports what happened
   * ("met on Wednesday"). Using the verb's tense to look forward is left to a later version.
   */
  private static Optional<NormalizedDate> weekday(LocalDate reference, String modifier, String name) {
    if (reference == null) {
      return Optional.empty();
    }
    DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    LocalDate date;
    if (modifier == null || modifier.equals("this past")) {
      date = reference.with(TemporalAdjusters.previousOrSame(day));
    } else if (modifier.equals("last")) {
      date = reference.with(TemporalAdjusters.previous(day));
    } else if (modifier.equals("next") || modifier.equals("this coming")) {
      date = reference.with(TemporalAdjusters.next(day));
    } else {
      date = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
    }
    return value(date.toString(), true);
  }

  private static String isoWeek(LocalDate date) {
    return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
