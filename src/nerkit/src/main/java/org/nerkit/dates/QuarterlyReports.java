package org.nerkit.dates;

import static org.nerkit.dates.DateValues.quarterOf;
import static org.nerkit.dates.DateValues.shiftedYear;
import static org.nerkit.dates.DateValues.value;
import static org.nerkit.dates.DateWords.ORDINALS;
import static org.nerkit.dates.DateText.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What "a year ago" means in a company's quarterly report: not the year before but the same
 * quarter a year before ("profit rose from $3 million a year ago"). Decided from the text around
 * the mention, not from the mention alone, so it stands apart from the grammar and is asked
 * before it.
 */
final class QuarterlyReports {

  private QuarterlyReports() {}

  /** See {@link DateNormalizer#yearAgoQuarter}; the quarter may be named up to {@link #QUARTER_CONTEXT} characters before. */
  static Optional<NormalizedDate> yearAgoQuarter(String text, int start, int end, LocalDate reference) {
    Objects.requireNonNull(text, "text");
    if (reference == null || end - start > 40 || !YEAR_AGO.matcher(clean(text.substring(start, end))).matches()) {
      return Optional.empty();
    }
    int contextStart = Math.max(0, start - QUARTER_CONTEXT);
    int sentenceEnd = text.indexOf(". ", end);
    sentenceEnd = sentenceEnd < 0 ? Math.min(text.length(), end + 300) : Math.min(sentenceEnd, end + 300);
    String context = text.substring(contextStart, sentenceEnd).toLowerCase(Locale.ROOT);
    if (!context.contains("quarter")) {
      return Optional.empty();
    }
    Matcher numbered = NUMBERED_QUARTER.matcher(context);
    String quarter = null;
    while (numbered.find()) { // the nearest before the mention, else the first after it
      if (numbered.start() > start - contextStart && quarter != null) {
        break;
      }
      quarter = numbered.group(1);
    }
    try {
      return quarter == null
          ? value(quarterOf(reference.minusMonths(15)), true)
          : value(shiftedYear(reference, -1) + "-Q" + ORDINALS.get(quarter), true);
    } catch (DateTimeException beforeTheCalendar) {
      return Optional.empty(); // a reference date in java.time's first year: no year before it
    }
  }

  private static final Pattern NUMBERED_QUARTER = Pattern.compile("\\b(first|second|third|fourth)[ -](?:fiscal[ -])?quarter");

  /** How far before "a year ago" a quarter may be named for it to mean the year-ago quarter. */
  private static final int QUARTER_CONTEXT = 500;

  private static final Pattern YEAR_AGO = Pattern.compile("(?:a year (?:ago|earlier|before)|the year-(?:ago|earlier)(?: period| quarter)?|year-(?:ago|earlier))");
}
