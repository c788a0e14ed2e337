package org.nerkit.dates;

import static org.nerkit.dates.DateValues.agoOrLater;
import static org.nerkit.dates.DateValues.day;
import static org.nerkit.dates.DateValues.dayOfMonth;
import static org.nerkit.dates.DateValues.isoWeek;
import static org.nerkit.dates.DateValues.modifiedMonth;
import static org.nerkit.dates.DateValues.nearest;
import static org.nerkit.dates.DateValues.partialDay;
import static org.nerkit.dates.DateValues.plausibleYear;
import static org.nerkit.dates.DateValues.quarterOf;
import static org.nerkit.dates.DateValues.relativeDay;
import static org.nerkit.dates.DateValues.shiftedUnit;
import static org.nerkit.dates.DateValues.shiftedYear;
import static org.nerkit.dates.DateValues.value;
import static org.nerkit.dates.DateValues.weekday;
import static org.nerkit.dates.DateValues.weekend;
import static org.nerkit.dates.DateValues.yearMonth;
import static org.nerkit.dates.DateWords.ORDINALS;
import static org.nerkit.dates.DateWords.SEASONS;
import static org.nerkit.dates.DateWords.dayOf;
import static org.nerkit.dates.DateWords.expand;
import static org.nerkit.dates.DateWords.i;
import static org.nerkit.dates.DateWords.month;
import static org.nerkit.dates.DateWords.shortYear;
import static org.nerkit.dates.DateWords.year;
import static org.nerkit.dates.Holidays.holiday;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nerkit.dates.DateNormalizer.Tense;

/**
 * The date grammar: the {@link #RULES} table, one regular expression per form of a date with a
 * small resolver each, and {@link #ANAPHORIC_RULES}, the forms counted from the date the text
 * named before ("that year", "the following day"). A mention that no row matches whole may
 * still be a part of a period a row knows ("mid-September") or a range of two ("from 1992 to
 * 1995"). Reads mentions as {@link DateText#clean} leaves them. To support a new form, add a
 * row here and a test row in {@code DateNormalizerTest}.
 */
final class DateGrammar {

  private DateGrammar() {}

  /** Resolves one matched form; {@code reference} may be null. */
  @FunctionalInterface
  private interface Resolver {
    Optional<NormalizedDate> resolve(Matcher match, LocalDate reference, Tense tense);
  }

  /** One row of the grammar: a name for tests and debugging, the whole-mention pattern, the resolver. */
  private record Rule(String name, Pattern pattern, Resolver resolver) {
    static Rule of(String name, String regex, Resolver resolver) {
      // WEEKDAY first: it contains the placeholder DAY.
      return new Rule(name, Pattern.compile(expand(regex)), resolver);
    }
  }

  // Patterns compiled once: String.matches compiles its pattern on every call.
  private static final Pattern FULL_DATE_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern YEAR_MONTH_OR_DAY_VALUE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
  private static final Pattern DATED_VALUE = Pattern.compile("\\d{4}.*");
  private static final Pattern PART_OF_DAY = Pattern.compile("morning|evening|night");

  private static final List<Rule> RULES = List.of(
      // Explicit dates: no reference date needed.
      Rule.of("iso date", "YEAR-(\\d{1,2})-(\\d{1,2})", (m, r, t) -> day(i(m, 1), i(m, 2), i(m, 3), false)),
      Rule.of("slashed date", "(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})", (m, r, t) -> i(m, 1) > 12
          ? day(year(m.group(3)), i(m, 2), i(m, 1), false) // 16/09/2021: a first field above 12 is the day
          : day(year(m.group(3)), i(m, 1), i(m, 2), false)), // US order by default
      Rule.of("dotted date", "(\\d{1,2})\\.(\\d{1,2})\\.YEAR", (m, r, t) -> day(i(m, 3), i(m, 2), i(m, 1), false)),
      Rule.of("weekday and date", "(?:(?:last|next|this|this past|this coming) )?WEEKDAY,? (?<date>.*(?:\\d|ORDINALWORDS).*)",
          (m, r, t) -> single(m.group("date"), r, t)), // "Saturday, April 25": the date says which Saturday
      Rule.of("month day year", "MONTH (?:the )?DAY,? YEAR", (m, r, t) -> day(i(m, 3), month(m.group(1)), dayOf(m.group(2)), false)),
      Rule.of("day month year", "(?:the )?DAY (?:of )?MONTH,? YEAR", (m, r, t) -> day(i(m, 3), month(m.group(2)), dayOf(m.group(1)), false)),
      Rule.of("month year", "MONTH,? (?:of )?YEAR", (m, r, t) -> yearMonth(i(m, 2), month(m.group(1)))),
      Rule.of("year", "(?:the )?(?:year )?YEAR", (m, r, t) -> plausibleYear(i(m, 1))),
      Rule.of("year to two digits", "YEAR[-\u2013/](\\d{2})", (m, r, t) -> plausibleYear(i(m, 1)).map(d -> new NormalizedDate(
          d.value(), false, String.valueOf(i(m, 1) / 100 * 100 + i(m, 2) + (i(m, 2) < i(m, 1) % 100 ? 100 : 0))))), // "1986-87"
      Rule.of("short year", "'(\\d{2})", (m, r, t) -> r == null ? plausibleYear(year(m.group(1)))
          : value(String.valueOf(shortYear(i(m, 1), r)), true)), // "in '78"
      Rule.of("decade", "(?:the )?(\\d{3})0'?s", (m, r, t) -> value(m.group(1) + "X", false)),
      Rule.of("short decade", "(?:the )?'(\\d)0s", (m, r, t) -> value((m.group(1).compareTo("3") < 0 ? "20" : "19") + m.group(1) + "X", false)),
      Rule.of("quarter of year", "(?:the )?ORDN[ -]quarter(?: of)? YEAR",
          (m, r, t) -> value(m.group(2) + "-Q" + ORDINALS.get(m.group(1)), false)),
      Rule.of("year then quarter", "(?:the )?YEAR (?:fiscal )?ORDN[ -]quarter",
          (m, r, t) -> value(m.group(1) + "-Q" + ORDINALS.get(m.group(2)), false)),
      Rule.of("half of year", "(?:the )?(first|second|last|latter) half(?: of)? YEAR",
          (m, r, t) -> value(m.group(2) + "-H" + (m.group(1).equals("first") ? 1 : 2), false)),
      Rule.of("season of year", "(?:the )?(spring|summer|fall|autumn|winter)(?: of)? YEAR",
          (m, r, t) -> value(m.group(2) + "-" + SEASONS.get(m.group(1)), false)),
      Rule.of("present", "(?:right )?now|currently|at present|present|nowadays|these days|at the moment",
          (m, r, t) -> value("PRESENT_REF", false)),
      Rule.of("past", "recently|lately|in the past|the past|formerly|previously|once|earlier|several years ago|years ago|a few years ago",
          (m, r, t) -> value("PAST_REF", false)),
      Rule.of("future", "(?:in )?the (?:near |foreseeable |distant )?future|soon|in the coming years|in coming years",
          (m, r, t) -> value("FUTURE_REF", false)),

      // Relative to the reference date.
      Rule.of("month day", "(?:the )?MONTH (?:the )?DAY", (m, r, t) -> partialDay(r, month(m.group(1)), dayOf(m.group(2)), t)),
      Rule.of("day month", "(?:the )?DAY (?:of )?MONTH", (m, r, t) -> partialDay(r, month(m.group(2)), dayOf(m.group(1)), t)),
      Rule.of("month", "MONTH", (m, r, t) -> r == null
          ? value(String.format("XXXX-%02d", month(m.group(1))), false)
          : value(nearest(YearMonth.from(r), YearMonth.from(r).withMonth(month(m.group(1))), t).toString(), true)),
      Rule.of("today", "today|this day", (m, r, t) -> relativeDay(r, 0)),
      Rule.of("yesterday", "yesterday", (m, r, t) -> relativeDay(r, -1)),
      Rule.of("tomorrow", "tomorrow", (m, r, t) -> relativeDay(r, 1)),
      Rule.of("day before yesterday", "the day before yesterday", (m, r, t) -> relativeDay(r, -2)),
      Rule.of("day after tomorrow", "the day after tomorrow", (m, r, t) -> relativeDay(r, 2)),
      Rule.of("this/last/next unit", "(this|last|next|the coming|the current|the previous|the past|the last) (week|month|year)",
          (m, r, t) -> shiftedUnit(r, m.group(2), switch (m.group(1)) {
            case "last", "the previous", "the past", "the last" -> -1; // "the past year" as a date, like "the past decade"
            case "next", "the coming" -> 1;
            default -> 0;
          })),
      Rule.of("earlier/later this unit", "(?:earlier|later|early|late|the end of|the beginning of|the start of|the rest of) (?:this|the) (week|month|year)",
          (m, r, t) -> shiftedUnit(r, m.group(1), 0)),
      Rule.of("amount ago", "(?:(?:HEDGES|over) )?NUM (day|week|month|year|decade)s? ago",
          (m, r, t) -> agoOrLater(r, m.group(1), m.group(2), -1)),
      Rule.of("amount later", "NUM (day|week|month|year)s? later", (m, r, t) -> agoOrLater(r, m.group(1), m.group(2), 1)),
      Rule.of("amount earlier", "NUM (day|week|month|year)s? (?:earlier|before|previously)",
          (m, r, t) -> agoOrLater(r, m.group(1), m.group(2), -1)),
      Rule.of("last/next/this month", "(last|next|this|this past|this coming) MONTH", (m, r, t) -> r == null ? Optional.empty()
          : value(modifiedMonth(YearMonth.from(r), month(m.group(2)), m.group(1), t).toString(), true)),
      Rule.of("day of last/next/this month", "(?:the )?DAY of (last|next|this) MONTH", (m, r, t) -> r == null ? Optional.empty()
          : dayOfMonth(modifiedMonth(YearMonth.from(r), month(m.group(3)), m.group(2), t), dayOf(m.group(1)))),
      Rule.of("day of this/last/next month", "(?:the )?DAY of (this|last|next) month", (m, r, t) -> r == null ? Optional.empty()
          : dayOfMonth(YearMonth.from(r).plusMonths(m.group(2).equals("last") ? -1 : m.group(2).equals("next") ? 1 : 0),
              dayOf(m.group(1)))),
      Rule.of("month day of this/last/next year", "MONTH (?:the )?DAY,? of (this|last|next) year", (m, r, t) -> r == null
          ? Optional.empty()
          : dayOfMonth(YearMonth.of(shiftedYear(r, m.group(3).equals("last") ? -1 : m.group(3).equals("next") ? 1 : 0),
              month(m.group(1))), dayOf(m.group(2)))),
      Rule.of("month of last/next year", "MONTH (?:of )?(last|next|this) year", (m, r, t) -> r == null ? Optional.empty()
          : yearMonth(shiftedYear(r, m.group(2).equals("last") ? -1 : m.group(2).equals("next") ? 1 : 0), month(m.group(1)))
              .map(d -> new NormalizedDate(d.value(), true))),
      Rule.of("last/next/this season", "(last|next|this|this past) (spring|summer|fall|autumn|winter)", (m, r, t) -> r == null
          ? Optional.empty()
          : value(shiftedYear(r, m.group(1).equals("last") ? -1 : m.group(1).equals("next") ? 1 : 0) + "-"
              + SEASONS.get(m.group(2)), true)), // "this past spring": this year's

      // Company reports: quarters, fiscal years and periods ending on a date ("the quarter ended Sept. 30").
      Rule.of("period ended date", "(?:the )?(?:(?:fiscal|latest|current|same|comparable)[ -])*(?:ORDN[ -](?:fiscal[ -])?)?"
          + "(quarter|half|year|period|\\w+ months|\\w+ weeks)(?: that| which)? (?:ended|ending|to end) (.+)",
          (m, r, t) -> periodEnded(m.group(1), m.group(2), m.group(3), r, t)),
      Rule.of("the latest quarter", "the (?:latest |last |past |recent |most recent |just-ended |fiscal )?quarter"
          + "|the (?:latest|most recent|just-ended) period",
          (m, r, t) -> r == null ? Optional.empty() : value(quarterOf(r.minusMonths(3)), true)),
      Rule.of("year-ago quarter", "the (?:comparable |corresponding )?(?:year-ago|year-earlier|prior-year|same) (?:quarter|period)"
          + "(?: a year (?:ago|earlier)| last year)?|the (?:comparable |corresponding )?(?:quarter|period) (?:a year (?:ago|earlier)|last year)"
          + "|last year's quarter",
          (m, r, t) -> r == null ? Optional.empty() : value(quarterOf(r.minusMonths(15)), true)),
      Rule.of("year-ago numbered quarter", "the (?:comparable |corresponding )?(?:year-ago|year-earlier|prior-year) ORDN[ -]quarter",
          (m, r, t) -> r == null ? Optional.empty() : value(shiftedYear(r, -1) + "-Q" + ORDINALS.get(m.group(1)), true)),
      Rule.of("quarter of this/last/next year", "(this|last|next) year's ORDN[ -]quarter", (m, r, t) -> r == null
          ? Optional.empty()
          : value(shiftedYear(r, m.group(1).equals("last") ? -1 : m.group(1).equals("next") ? 1 : 0) + "-Q"
              + ORDINALS.get(m.group(2)), true)),
      Rule.of("the year's quarter", "the YEAR (?:quarter|period)", (m, r, t) -> r == null
          ? plausibleYear(i(m, 1))
          : value(m.group(1) + quarterOf(r.minusMonths(3)).substring(4), true)), // "the 1988 quarter": that year's same quarter
      Rule.of("fiscal year", "fiscal YEAR", (m, r, t) -> plausibleYear(i(m, 1))),
      Rule.of("the year", "the (?:full |current |calendar )?(?:fiscal )?year|this fiscal year", (m, r, t) -> r == null
          ? Optional.empty()
          : value(String.valueOf(r.getYear()), true)),
      Rule.of("year end", "(?:the )?year[- ]end|year's end", (m, r, t) -> r == null ? Optional.empty()
          : value(String.valueOf(r.getYear()), true)),

      // Named days and weeks, weekdays, seasons, centuries and decades.
      Rule.of("holiday", "(?:(last|next|this) )?HOLIDAY", (m, r, t) -> holiday(r, m.group(1), m.group(2), t)),
      Rule.of("week of date", "the week of (.+)", (m, r, t) -> single(m.group(1), r, t)
          .filter(d -> FULL_DATE_VALUE.matcher(d.value()).matches())
          .map(d -> new NormalizedDate(isoWeek(LocalDate.parse(d.value())), d.relative()))),
      Rule.of("weekend", "(?:over )?(the|this|last|next|this past|this coming) weekend", (m, r, t) -> weekend(r, m.group(1), t)),
      Rule.of("weekday", "(?:(last|next|this|this past|this coming) )?WEEKDAY", (m, r, t) -> weekday(r, m.group(1), m.group(2), t)),
      Rule.of("quarter", "(?:the )?(?:fiscal[ -])?ORDN[ -](?:fiscal[ -])?quarter(?: of (?:this|the) year)?",
          (m, r, t) -> r == null ? Optional.empty() : value(r.getYear() + "-Q" + ORDINALS.get(m.group(1)), true)),
      Rule.of("season", "(?:this |the )?(spring|summer|fall|autumn|winter)",
          (m, r, t) -> r == null ? Optional.empty() : value(r.getYear() + "-" + SEASONS.get(m.group(1)), true)),
      Rule.of("century", "(?:the |a )?(\\d{1,2})(?:st|nd|rd|th)[ -]century", (m, r, t) -> i(m, 1) < 1 ? Optional.empty()
          : value(String.format("%02d", i(m, 1) - 1), false)), // TimeML: "the 20th century" is 19
      Rule.of("century relative", "(this|the past|the last|last|the previous) century", (m, r, t) -> r == null ? Optional.empty()
          : value(String.format("%02d", r.getYear() / 100 - (m.group(1).equals("this") ? 0 : 1)), true)),
      Rule.of("decade relative", "(this|the past|the last|the previous) decade", (m, r, t) -> r == null ? Optional.empty()
          : value((r.getYear() / 10 - (m.group(1).equals("this") ? 0 : 1)) + "X", true)));

  /**
   * Dates named from the date the text last spoke of, not from the reference date: "the
   * following year" after "May 22, 1995" is 1996, "that day" is the day just named. Each
   * resolver gets that anchor date (or, when the text named none precisely enough, the reference
   * date) as its reference.
   */
  private static final List<Rule> ANAPHORIC_RULES = List.of(
      Rule.of("that day", "(?:(?:earlier|later) )?(?:that|the same|that same|the) day", (m, a, t) -> relativeDay(a, 0)),
      Rule.of("that unit", "(?:(?:earlier|later|early|late) (?:in )?)?(?:that|the same|that same) (week|month|year)",
          (m, a, t) -> shiftedUnit(a, m.group(1), 0)),
      Rule.of("next/previous unit", "the (next|following|previous|preceding) (day|morning|evening|night|week|month|year)",
          (m, a, t) -> agoOrLater(a, "1", PART_OF_DAY.matcher(m.group(2)).matches() ? "day" : m.group(2),
              m.group(1).startsWith("p") ? -1 : 1)),
      Rule.of("unit before", "the (day|week|month|year) (?:before|earlier|prior)", (m, a, t) -> agoOrLater(a, "1", m.group(1), -1)),
      Rule.of("unit after", "the (day|week|month|year) (?:after|later)", (m, a, t) -> agoOrLater(a, "1", m.group(1), 1)),
      Rule.of("next/previous weekday", "the (next|following|previous|preceding) WEEKDAY",
          (m, a, t) -> weekday(a, m.group(1).startsWith("p") ? "last" : "next", m.group(2), t)));

  /** How precisely an anchor value names its date: the unit a rule needs must not be finer. */
  private static final Map<String, Integer> UNIT_PRECISION = Map.of(
      "day", 10, "morning", 10, "evening", 10, "night", 10, "week", 10, "month", 7, "year", 4);

  /** Words that mark a part of a period; the value is that of the period itself (TimeML practice). */
  private static final Pattern PART_OF = Pattern.compile(
      "^(?:the )?(?:early|mid|late|earlier|later|the end of|the beginning of|the start of|the middle of|the first days of|the last days of"
          + "|the first week of|the last week of|the (?:first|last|final) (?:\\w+ )?(?:days|weeks|months|quarters) of)[ -](.+)$");

  /**
   * The value of a cleaned, non-empty mention: by the anaphoric rules, counted from {@code anchor},
   * when one matches; else by the rule table; else as a range. See
   * {@link DateNormalizer#normalize(String, LocalDate, Tense, String)}.
   */
  static Optional<NormalizedDate> resolve(String text, LocalDate referenceDate, Tense tense, String anchor) {
    for (Rule rule : ANAPHORIC_RULES) {
      Matcher matcher = rule.pattern().matcher(text);
      if (matcher.matches()) {
        String unit = rule.name().endsWith("weekday") ? "day" : matcher.group(matcher.groupCount());
        LocalDate from = anchorDate(anchor, UNIT_PRECISION.getOrDefault(unit, 10));
        if (from == null && rule.name().startsWith("that") && anchorDate(anchor, 4) != null) {
          // "that same day" after "in October 1998": the day is unknown, the month is not
          return value(unit.equals("week") ? anchor.substring(0, 4) + "-WXX"
              : (anchor + "-XX-XX").substring(0, unit.equals("month") ? 7 : 10), true);
        }
        return resolved(rule, matcher, from != null ? from : referenceDate, tense);
      }
    }
    Optional<NormalizedDate> single = single(text, referenceDate, tense);
    if (single.isPresent()) {
      return single;
    }
    try {
      return range(text, referenceDate, tense);
    } catch (DateTimeException | ArithmeticException impossible) {
      return Optional.empty(); // "30-31 February"
    }
  }

  /**
   * A rule's value, or empty when it cannot be computed: a day no month has ("February 30"), or
   * a date past the ends of {@code java.time}'s calendar ("next year" in year 999,999,999).
   */
  private static Optional<NormalizedDate> resolved(Rule rule, Matcher matcher, LocalDate reference, Tense tense) {
    try {
      return rule.resolver().resolve(matcher, reference, tense);
    } catch (DateTimeException | ArithmeticException impossible) {
      return Optional.empty();
    }
  }

  /** Whether a cleaned mention names a date from the date named before it ("that year", "the next day"). */
  static boolean isAnaphoric(String text) {
    return ANAPHORIC_RULES.stream().anyMatch(rule -> rule.pattern().matcher(text).matches());
  }

  /** The anchor value as a date when it names one at least {@code precision} characters precise ("1998" is 4). */
  private static LocalDate anchorDate(String anchor, int precision) {
    if (anchor == null || anchor.length() < precision || !YEAR_MONTH_OR_DAY_VALUE.matcher(anchor).matches()) {
      return null;
    }
    try {
      return anchor.length() == 10 ? LocalDate.parse(anchor)
          : anchor.length() == 7 ? YearMonth.parse(anchor).atDay(1) : LocalDate.of(Integer.parseInt(anchor), 1, 1);
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  /** "2-4 september", "september 2 to 4, 2021": a range of days in one month. */
  private static final Pattern DAY_RANGE = Pattern.compile(expand(
      "(?:from |between )?(?:DAY(?: ?[-\u2013] ?| to | and | through )DAY MONTH|MONTH DAY(?: ?[-\u2013] ?| to | and | through )DAY)(?:,? YEAR)?"));
  /** "from X to Y", "between X and Y", "X-Y": two date expressions. */
  private static final Pattern TWO_DATES = Pattern.compile("(?:from |between )?(.+?)(?: ?[-\u2013] ?| to | and | through | until )(.+)");
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /**
   * A range, its start as the value and its end as {@code rangeEnd}: two days of one month
   * ("2-4 September"), or two expressions that are each a date ("from 1992 to 1995", "between
   * March and May"), the end read from the start onwards when it leaves out the year ("from May
   * 2020 to June").
   */
  private static Optional<NormalizedDate> range(String text, LocalDate reference, Tense tense) {
    Matcher days = DAY_RANGE.matcher(text);
    if (days.matches()) {
      boolean dayFirst = days.group(1) != null;
      int first = dayOf(dayFirst ? days.group(1) : days.group(5));
      int last = dayOf(dayFirst ? days.group(2) : days.group(6));
      int month = month(dayFirst ? days.group(3) : days.group(4));
      if (days.group(7) != null) {
        int year = Integer.parseInt(days.group(7));
        return Optional.of(new NormalizedDate(LocalDate.of(year, month, first).toString(), false,
            LocalDate.of(year, month, last).toString()));
      }
      YearMonth.of(2000, month).atDay(last); // a leap year: rejects only days no year has
      Optional<NormalizedDate> start = partialDay(reference, month, first, tense);
      return start.map(d -> new NormalizedDate(d.value(), d.relative(), rangeEndDay(d.value(), last)));
    }
    Matcher two = TWO_DATES.matcher(text);
    if (!two.matches()) {
      return Optional.empty();
    }
    Optional<NormalizedDate> start = single(two.group(1), reference, tense);
    if (start.isEmpty()) {
      return Optional.empty();
    }
    Optional<NormalizedDate> end = single(two.group(2), reference, tense);
    Matcher startDate = DATE_PREFIX.matcher(start.get().value());
    if (end.isPresent() && end.get().relative() && !start.get().relative() && startDate.find()) {
      LocalDate from = LocalDate.of(Integer.parseInt(startDate.group(1)),
          startDate.group(2) == null ? 1 : Integer.parseInt(startDate.group(2)),
          startDate.group(3) == null ? 1 : Integer.parseInt(startDate.group(3)));
      end = single(two.group(2), from, Tense.FUTURE).map(d -> new NormalizedDate(d.value(), false));
    }
    return end.map(e -> new NormalizedDate(start.get().value(), start.get().relative() || e.relative(), e.value()));
  }

  /**
   * Day {@code last} of the month a range starts in: of that very month when its year is known
   * (February 29 in a year without one is February 28, as for the start), else with the year
   * left unknown ("XXXX-02-29").
   */
  private static String rangeEndDay(String start, int last) {
    if (start.startsWith("X")) {
      return start.substring(0, start.length() - 2) + String.format("%02d", last);
    }
    YearMonth month = YearMonth.from(LocalDate.parse(start));
    return month.atDay(Math.min(last, month.lengthOfMonth())).toString();
  }

  /** One date expression, cleaned: a rule of the table, or a part of a period ("mid-September") it knows. */
  private static Optional<NormalizedDate> single(String text, LocalDate reference, Tense tense) {
    Optional<NormalizedDate> direct = match(text, reference, tense);
    if (direct.isPresent()) {
      return direct;
    }
    Matcher part = PART_OF.matcher(text);
    return part.matches() ? match(part.group(1), reference, tense) : Optional.empty();
  }

  private static Optional<NormalizedDate> match(String text, LocalDate reference, Tense tense) {
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(text);
      if (matcher.matches()) {
        return resolved(rule, matcher, reference, tense);
      }
    }
    return Optional.empty();
  }

  /**
   * "the quarter ended Sept. 30": a numbered quarter or half in the year of the date it ended
   * ("its fourth quarter ended June 30", a fiscal quarter, is that year's Q4); a quarter that ends
   * where a calendar quarter ends is that quarter; other periods are named by their last day
   * ("the year ended March 31", "the six months ended Oct. 1").
   */
  private static Optional<NormalizedDate> periodEnded(String ordinal, String unit, String endText, LocalDate reference,
      Tense tense) {
    Optional<NormalizedDate> end = single(endText, reference, tense);
    if (end.isEmpty() || !DATED_VALUE.matcher(end.get().value()).matches()) {
      return end;
    }
    String year = end.get().value().substring(0, 4);
    boolean relative = end.get().relative();
    if (ordinal != null && (unit.equals("quarter") || unit.equals("half"))) {
      int n = ORDINALS.get(ordinal);
      return unit.equals("half") && n > 2 ? Optional.empty() : value(year + (unit.equals("quarter") ? "-Q" : "-H") + n, relative);
    }
    if (unit.equals("quarter") && end.get().value().length() == 10) {
      LocalDate last = LocalDate.parse(end.get().value());
      if (last.getMonthValue() % 3 == 0 && last.equals(last.with(TemporalAdjusters.lastDayOfMonth()))) {
        return value(quarterOf(last), relative);
      }
    }
    return end;
  }
}
