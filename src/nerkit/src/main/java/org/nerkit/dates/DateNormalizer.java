package org.nerkit.dates;

import static org.nerkit.dates.DateText.MAX_MENTION_LENGTH;
import static org.nerkit.dates.DateText.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the text of a date mention into a TIMEX3 value, resolving relative expressions ("on
 * Wednesday", "a month ago", "next year") against a reference date. Never reads the clock: without
 * a reference date, relative expressions keep X's for what is unknown ("XXXX-09-16") or give
 * nothing. Durations and ages ("20 years", "61 years old") are not calendar dates: they give
 * nothing here, and an ISO 8601 duration from {@link #duration}.
 *
 * <p>The public face of the package's date code, which does the work in package-private classes
 * by concern: {@code DateGrammar} holds the rule table (one regular expression per form, each
 * with a small resolver; to support a new form, add a row and a test row), {@code DateValues}
 * the calendar arithmetic of its resolvers, {@code Holidays} the named days, {@code DateWords}
 * the placeholders of its patterns and {@code DateText} the cleaning every pattern reads;
 * {@code DateExtents} widens a mention over the words before and after it that belong to it
 * ("nearly four years ago", "two weeks earlier"), {@code ClauseTense} reads the tense of its
 * clause, {@code DateSpotter} finds dates in raw text by pattern alone, {@code Durations} reads
 * lengths of time and {@code QuarterlyReports} the year-ago quarter. Immutable and thread-safe.
 */
final class DateNormalizer {

  /**
   * What the words before a date say about when its event happens: "said on Friday" (past),
   * "will meet on Friday" (future), or nothing either way. It decides which Friday, which
   * October.
   */
  enum Tense { PAST, FUTURE, UNKNOWN }

  DateNormalizer() {}

  /**
   * Where a date mention should end: past a year that directly follows a month and day
   * ("March 3, 2021"), past a spelled-out year after a month or "the year" ("January nineteen
   * ninety-seven"), past the date that follows a weekday ("Saturday, April 25"), else where it
   * ends now.
   */
  int extendedEnd(String text, int start, int end) {
    return DateExtents.extendedEnd(text, start, end);
  }

  /**
   * Where a date mention should start: before a word that belongs to it which the recognizer
   * left out ("nearly" of "nearly four years ago", "Earlier" of "Earlier Sunday", "late" of
   * "late November"), else where it starts now. {@code notBefore} is where the previous entity ends.
   */
  int extendedStart(String text, int start, int end, int notBefore) {
    return DateExtents.extendedStart(text, start, end, notBefore);
  }

  /**
   * @param mention the mention exactly as in the document
   * @param referenceDate the document's date, or null when unknown
   */
  Optional<NormalizedDate> normalize(String mention, LocalDate referenceDate) {
    return normalize(mention, referenceDate, Tense.UNKNOWN);
  }

  /**
   * As {@link #normalize(String, LocalDate)}, with the tense of the mention's clause (see
   * {@link #tenseBefore}) choosing between the last and the next weekday, month or day.
   */
  Optional<NormalizedDate> normalize(String mention, LocalDate referenceDate, Tense tense) {
    return normalize(mention, referenceDate, tense, null);
  }

  /**
   * As {@link #normalize(String, LocalDate, Tense)}, with the value of the date the text named
   * last before the mention ({@code anchor}, e.g. "1995-05-22", "1998"; may be null), from which
   * "that year", "the following day" or "the previous Friday" are counted.
   */
  Optional<NormalizedDate> normalize(String mention, LocalDate referenceDate, Tense tense, String anchor) {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(tense, "tense");
    if (mention.length() > MAX_MENTION_LENGTH) {
      return Optional.empty(); // no date expression is this long; don't spend regex time on garbage
    }
    String text = clean(mention);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return DateGrammar.resolve(text, referenceDate, tense, anchor);
  }

  /**
   * Whether the mention has a word or digit that can name a time (a month, "week", "ago",
   * "nineteen"...): a recognized "date" without one is dropped, not returned.
   */
  boolean hasTemporalCue(String mention) {
    Objects.requireNonNull(mention, "mention");
    return TemporalCues.in(mention);
  }

  /** Whether the mention names a date from the date named before it ("that year", "the next day"). */
  boolean isAnaphoric(String mention) {
    Objects.requireNonNull(mention, "mention");
    if (mention.length() > MAX_MENTION_LENGTH) {
      return false;
    }
    return DateGrammar.isAnaphoric(clean(mention));
  }

  /**
   * In a report of quarterly results, "a year ago" or "a year earlier" is the same quarter a year
   * before ("profit rose from $3 million a year ago"): when a quarter is named in the sentence or
   * up to 500 characters before it, the numbered quarter named nearest before ("its fiscal-first
   * quarter": Q1) a year back, else the quarter that ended before the reference date a year back.
   * Empty when the mention is not such a phrase, no quarter is named nearby, or there is no
   * reference date.
   */
  Optional<NormalizedDate> yearAgoQuarter(String text, int start, int end, LocalDate reference) {
    return QuarterlyReports.yearAgoQuarter(text, start, end, reference);
  }

  /**
   * The tense of the clause before {@code start}: the marker nearest to the mention within its
   * sentence (at most 80 characters back) wins; "will", "would", "plans to" mean future, "was",
   * "said", a verb in -ed mean past.
   */
  Tense tenseBefore(String text, int start) {
    return ClauseTense.tenseBefore(text, start);
  }

  /**
   * The tense of the mention's clause: {@link #tenseBefore}, or when nothing before the mention
   * in its sentence says, the first marker after it within the sentence (at most 80 characters):
   * "On Tuesday, the league will ..." is future, "In January, the board brought in ..." past.
   */
  Tense tense(String text, int start, int end) {
    return ClauseTense.tense(text, start, end);
  }

  /**
   * A length of time, as an ISO 8601 duration: "20 years" P20Y, "two weeks" P2W, "a 20-year-old
   * mission" P20Y, "61 years old" P61Y, "several months" PXM, "five hours" PT5H; for a recurrence,
   * its period: "daily" P1D, "quarterly" P3M, "annual" P1Y (TimeML SET values). Empty when the
   * mention is not a length of time; {@link #normalize} is tried first, so "two weeks ago" is a date.
   * A length of time whose amount cannot be computed ("2 1/0 years") has a null value.
   */
  Optional<Durations.Length> duration(String mention) {
    return Durations.duration(mention);
  }

  /**
   * Date expressions the statistical recognizer is not trained to find, found by pattern:
   * the TimeML reference words ("now", "currently", "recently", "in the future": OntoNotes, the
   * recognizer's training data, does not mark them) and the unambiguous day words, abbreviated
   * dates and last/next/this periods it sometimes misses ("yesterday", "Aug. 7", "last fall"). Spans as {@code [start, end]} pairs.
   */
  List<int[]> spot(String text) {
    return DateSpotter.spot(text);
  }
}
