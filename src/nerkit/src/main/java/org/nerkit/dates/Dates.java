package org.nerkit.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nerkit.EntityType;
import org.nerkit.document.Document;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;

/**
 * The dates stage. A recognized date takes in the words around it that belong to it
 * ({@link #extended}); one with nothing in it that can name a time is not a date
 * ({@link #namesATime}); each is then typed, in text order, by a per-document {@link Session}:
 * a calendar date with its TIMEX3 value, or a length of time. Dates the recognizer is not trained
 * to find are added by pattern ({@link Session#spot}). Thread-safe; sessions are not.
 */
public final class Dates {
  /** Confidence of a date found by pattern rather than by the recognizer. */
  public static final double SPOTTED_CONFIDENCE = 0.9;
  /** Values a later "that year", "the following day" can count from: a year, a month or a day. */
  private static final Pattern ANCHOR_VALUE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  private final DateNormalizer normalizer = new DateNormalizer();

  public Dates() {}

  /**
   * A date typed: {@code DATE} with its TIMEX3 value (null when it cannot be resolved), whether
   * the reference date gave it, and a range's end; or {@code DURATION} with its ISO 8601 value.
   */
  public record TimeExpression(EntityType type, int start, int end, double confidence, String value, boolean relative,
      String rangeEnd) {
    public TimeExpression {
      if (type != EntityType.DATE && type != EntityType.DURATION) {
        throw new IllegalArgumentException("not a time type: " + type);
      }
    }
  }

  /**
   * The date mention widened over the words that belong to it ("nearly four years ago", "March 3,
   * 2021", "Saturday, April 25"), never back over {@code notBefore}, where the previous mention ends.
   */
  public Mention extended(Document document, Mention date, int notBefore) {
    String text = document.text();
    int end = normalizer.extendedEnd(text, date.start(), date.end());
    int start = normalizer.extendedStart(text, date.start(), end, notBefore);
    return end == date.end() && start == date.start() ? date : date.withSpan(start, end);
  }

  /** What joins two dates into a range: "to", "through", "until", a dash. */
  private static final Pattern RANGE_JOIN = Pattern.compile("[ \\t\\u00A0]*(?:to|through|until|till|[-\\u2013\\u2014])[ \\t\\u00A0]*");
  private static final Pattern AND = Pattern.compile("[ \\t\\u00A0]+and[ \\t\\u00A0]+");
  private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)(?:^|(?<=\\W))between[ \\t\\u00A0]+$");

  /**
   * Two recognized dates joined by "to", "through", "until" or a dash, or by "and" after
   * "between", are one range, as OntoNotes marks them: "August 20 to September 10", "between
   * March and May" ("between" included, "from" not); never a length of time ("annually through
   * the next three years"). The other mentions are returned as they are.
   */
  public List<Mention> joinRanges(Document document, List<Mention> mentions) {
    String text = document.text();
    List<Mention> result = new ArrayList<>(mentions.size());
    for (int k = 0; k < mentions.size(); k++) {
      Mention first = mentions.get(k);
      Mention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
      if (first.label() == Label.DATE && next != null && next.label() == Label.DATE && next.start() >= first.end()
          && next.start() - first.end() <= 12 && !isLengthOfTime(first.text(document)) && !isLengthOfTime(next.text(document))) {
        String gap = text.substring(first.end(), next.start());
        int start = -1;
        if (RANGE_JOIN.matcher(gap).matches()) {
          start = first.start();
        } else if (AND.matcher(gap).matches()) {
          Matcher between = BETWEEN_BEFORE.matcher(text).region(Math.max(0, first.start() - 12), first.start())
              .useTransparentBounds(true);
          start = between.find() ? between.start() : -1;
        }
        if (start >= 0) {
          result.add(new Mention(Label.DATE, start, next.end(), (first.confidence() + next.confidence()) / 2));
          k++;
          continue;
        }
      }
      result.add(first);
    }
    return result;
  }

  /** A length of time or a recurrence ("three years", "annually"): the end of no range of dates. */
  private boolean isLengthOfTime(String surface) {
    return normalizer.duration(surface).isPresent() && normalizer.normalize(surface, null).isEmpty();
  }

  /** Whether anything in the mention can name a time: "already [heavily] dependent" is no date. */
  public boolean namesATime(Document document, Mention date) {
    return normalizer.hasTemporalCue(date.text(document));
  }

  /** Types the dates of one document, in text order, against its reference date (null when none). */
  public Session session(Document document, LocalDate referenceDate) {
    return new Session(document, referenceDate);
  }

  /** The typing of one document's dates; "that year" counts from the date typed last before it. Not thread-safe. */
  public final class Session {
    private final Document document;
    private final LocalDate referenceDate;
    /** The recognized dates later ones can count from, in text order (so their ends ascend too). */
    private final List<int[]> anchorSpans = new ArrayList<>();
    private final List<String> anchorValues = new ArrayList<>();

    private Session(Document document, LocalDate referenceDate) {
      this.document = document;
      this.referenceDate = referenceDate;
    }

    /** A recognized date, typed; call in text order. */
    public TimeExpression type(Mention date) {
      TimeExpression typed = typed(date.start(), date.end(), date.confidence());
      if (typed.type() == EntityType.DATE && typed.value() != null && ANCHOR_VALUE.matcher(typed.value()).matches()) {
        anchorSpans.add(new int[] {typed.start(), typed.end()});
        anchorValues.add(typed.value());
      }
      return typed;
    }

    /** Spans of dates found by pattern ("now", "Aug. 7", "last fall"), as {@code [start, end]} pairs in text order. */
    public List<int[]> spot() {
      return normalizer.spot(document.text());
    }

    /** A date found by pattern, typed, when the grammar can give it a value; empty otherwise. */
    public Optional<TimeExpression> spotted(int start, int end) {
      TimeExpression typed = typed(start, end, SPOTTED_CONFIDENCE);
      return typed.type() == EntityType.DATE && typed.value() != null ? Optional.of(typed) : Optional.empty();
    }

    /** A calendar date if the span names one, else a length of time if it is one ("20 years"), else an unresolved date. */
    private TimeExpression typed(int start, int end, double confidence) {
      String text = document.text();
      String surface = text.substring(start, end);
      Optional<NormalizedDate> value = normalizer.yearAgoQuarter(text, start, end, referenceDate);
      if (value.isEmpty()) {
        String anchor = normalizer.isAnaphoric(surface) ? anchorBefore(start) : null;
        value = normalizer.normalize(surface, referenceDate, normalizer.tense(text, start, end), anchor);
      }
      if (value.isEmpty()) {
        Optional<Durations.Length> duration = normalizer.duration(surface);
        if (duration.isPresent()) {
          return new TimeExpression(EntityType.DURATION, start, end, confidence, duration.get().value(), false, null);
        }
      }
      return new TimeExpression(EntityType.DATE, start, end, confidence, value.map(NormalizedDate::value).orElse(null),
          value.map(NormalizedDate::relative).orElse(false), value.map(NormalizedDate::rangeEnd).orElse(null));
    }

    /** The value of the last recognized date ending at or before {@code position}: a binary search, not a scan. */
    private String anchorBefore(int position) {
      int low = 0;
      int high = anchorSpans.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (anchorSpans.get(mid)[1] <= position) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low == 0 ? null : anchorValues.get(low - 1);
    }
  }
}
