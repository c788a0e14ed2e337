package org.nerkit.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date a document gives itself, so that relative dates can be resolved when the caller
 * gives none: a {@code date YYYY-MM-DD} header line, or a full explicit date in the dateline or
 * byline at the top ("MOSCOW, Sept. 16, 2021 (Reuters) -", "Published 16 September 2021").
 * Only the first {@value #HEAD} characters are read; nothing is guessed from the clock.
 */
public final class DocumentDate {
  /** How far into the document a dateline or byline may stand. */
  static final int HEAD = 300;
  private static final Pattern HEADER = Pattern.compile("\\A\\s*date\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern EXPLICIT = Pattern.compile(
      "\\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
          + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}"
          + "|\\d{4}-\\d{2}-\\d{2})\\b", Pattern.CASE_INSENSITIVE);

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
    Matcher explicit = EXPLICIT.matcher(head);
    while (explicit.find()) {
      Optional<NormalizedDate> value = normalizer.normalize(explicit.group(), null);
      if (value.isPresent() && value.get().value().length() == 10 && !value.get().value().startsWith("X")) {
        return Optional.of(new Found(LocalDate.parse(value.get().value()), Source.DATELINE));
      }
    }
    return Optional.empty();
  }
}
