package org.nerkit.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a document gives itself, so that relative dates can be resolved when the caller
 * gives none. Only where documents state their own date:
 *
 * <ul>
 *   <li>a {@code date YYYY-MM-DD} header at the very top;
 *   <li>a byline or time-stamp line above the text: a short line starting "By", "Published",
 *       "Updated", "Posted" or "Date", or a short line that is a date ("September 16, 2021 10:03
 *       AM UTC", "By Anthony Marcus – August 20, 2021");
 *   <li>a dateline opening the text: a place in capitals or title case, then the date with its
 *       year, an optional news agency, then a dash ("MOSCOW, Sept. 16, 2021 (Reuters) -").
 * </ul>
 *
 * A date inside the text ("The treaty was signed in Moscow on March 3, 1998.") is an event's, not
 * the document's, and never counts; nor does a dateline without its year. Nothing is guessed from
 * the clock.
 */
public final class DocumentDate {
  /** How many characters, and lines, of the top of a document may hold its header, byline or dateline. */
  static final int HEAD = 1000;
  private static final int HEAD_LINES = 8;
  /** Longer lines are the text itself, where only a dateline at the start counts. */
  private static final int SHORT_LINE = 120;
  private static final String MONTH = "(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?)";
  private static final String FULL_DATE = "(?:" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
      + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+\\d{4}"
      + "|\\d{4}-\\d{2}-\\d{2})";
  private static final Pattern HEADER = Pattern.compile("\\A\\s*date\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPLICIT = Pattern.compile("\\b" + FULL_DATE + "\\b", Pattern.CASE_INSENSITIVE);
  /** A byline or time stamp by its first word. */
  private static final Pattern BYLINE = Pattern.compile(
      "\\A(?:by|published|updated|posted|last updated|date|dated)\\b", Pattern.CASE_INSENSITIVE);
  /** What may follow the date on a time-stamp line: a time, a zone, punctuation. */
  private static final Pattern TIME_TAIL = Pattern.compile(
      "\\A[\\s,|/\\u2013\\u2014-]*(?:at\\s+)?(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?\\s*(?:[A-Z]{2,5}|GMT[+-]\\d{1,2})?\\s*\\z",
      Pattern.CASE_INSENSITIVE);
  /**
   * A dateline: up to two capitalized place names separated by a comma, the date with its year,
   * maybe a news agency in brackets or slashes, then a dash (or "/" "." before the text).
   */
  private static final Pattern DATELINE = Pattern.compile(
      "\\A\\p{Lu}[\\p{L}.'\\u2019-]*(?: \\p{Lu}[\\p{L}.'\\u2019-]*){0,3}(?:, \\p{Lu}[\\p{L}.'\\u2019-]*(?: \\p{Lu}[\\p{L}.'\\u2019-]*){0,3})?"
          + ",\\s*(" + FULL_DATE + ")\\.?(?:\\s*[(/][^()/\\n]{1,40}[)/])?\\s*(?:[-\\u2013\\u2014_]{1,2}|:)\\s");

  /** Where the date came from. */
  public enum Source { HEADER, DATELINE }

  /** A document's own date and where it was found. */
  public record Found(LocalDate date, Source source) {}

  private final DateNormalizer normalizer = new DateNormalizer();

  public DocumentDate() {}

  public Optional<Found> find(String text) {
    Objects.requireNonNull(text, "text");
    String head = text.substring(0, Math.min(text.length(), HEAD));
    Matcher header = HEADER.matcher(head);
    if (header.find()) {
      try {
        return Optional.of(new Found(LocalDate.parse(header.group(1)), Source.HEADER));
      } catch (DateTimeException invalid) {
        // fall through: an impossible header date is no date
      }
    }
    int lines = 0;
    for (String raw : head.split("\\R", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      Optional<LocalDate> dateline = dateline(line);
      if (dateline.isPresent()) {
        return Optional.of(new Found(dateline.get(), Source.DATELINE));
      }
      if (line.length() > SHORT_LINE || ++lines > HEAD_LINES) {
        break; // the text has begun: its dates are events', not the document's
      }
      Optional<LocalDate> byline = byline(line);
      if (byline.isPresent()) {
        return Optional.of(new Found(byline.get(), Source.DATELINE));
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> dateline(String line) {
    Matcher m = DATELINE.matcher(line);
    return m.lookingAt() ? fullDate(m.group(1)) : Optional.empty();
  }

  /** The date of a byline or time-stamp line: after a byline word anywhere, else only a date ending the line. */
  private Optional<LocalDate> byline(String line) {
    boolean marked = BYLINE.matcher(line).lookingAt();
    Matcher explicit = EXPLICIT.matcher(line);
    while (explicit.find()) {
      if (marked || TIME_TAIL.matcher(line.substring(explicit.end())).matches()) {
        Optional<LocalDate> date = fullDate(explicit.group());
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> fullDate(String written) {
    Optional<NormalizedDate> value = normalizer.normalize(written, null);
    if (value.isPresent() && value.get().value().length() == 10 && !value.get().value().startsWith("X")) {
      try {
        return Optional.of(LocalDate.parse(value.get().value()));
      } catch (DateTimeException invalid) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
