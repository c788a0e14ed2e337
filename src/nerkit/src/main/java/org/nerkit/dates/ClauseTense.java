package org.nerkit.dates;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nerkit.dates.DateNormalizer.Tense;

/**
 * The tense of the clause a date stands in, read from marker words near it ("will", "plans
 * to"; "said", a verb in -ed) within its sentence. A date without a year or a bare weekday
 * depends on it: "will meet on Friday" is the coming Friday, "met on Friday" the last one.
 * Knows where a sentence ends well enough not to stop at "Mr." or "Corp.".
 */
final class ClauseTense {

  private ClauseTense() {}

  /** See {@link DateNormalizer#tenseBefore}. */
  static Tense tenseBefore(String text, int start) {
    Objects.requireNonNull(text, "text");
    int from = Math.max(0, start - 80);
    String before = text.substring(from, Math.min(start, text.length())).toLowerCase(Locale.ROOT);
    int sentenceEnd = Math.max(Math.max(lastSentenceEnd(before), before.lastIndexOf('\n')), before.lastIndexOf("? "));
    if (sentenceEnd >= 0) {
      before = before.substring(sentenceEnd + 1);
    }
    Tense tense = Tense.UNKNOWN;
    int nearest = -1;
    Matcher future = FUTURE_MARKERS.matcher(before);
    while (future.find()) {
      nearest = future.start();
      tense = Tense.FUTURE;
    }
    Matcher past = PAST_MARKERS.matcher(before);
    while (past.find()) {
      String preceding = before.substring(Math.max(0, past.start() - 6), past.start());
      if (preceding.endsWith("be ") || preceding.endsWith("been ") || preceding.endsWith("being ")) {
        continue; // "to be held on": a participle, not the past
      }
      if (past.start() > nearest) {
        nearest = past.start();
        tense = Tense.PAST;
      }
    }
    return tense;
  }

  /** The last ". " in {@code text} that ends a sentence: not after "Mr", "Corp" or an initial. */
  private static int lastSentenceEnd(String text) {
    int k = text.lastIndexOf(". ");
    while (k > 0) {
      int wordStart = k;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = text.substring(wordStart, k);
      if (word.length() > 1 && !ABBREVIATIONS.contains(word)) {
        return k;
      }
      k = text.lastIndexOf(". ", k - 1);
    }
    return k;
  }

  /** Lower-cased abbreviations that end in a period inside a sentence. */
  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "st", "jr", "sr",
      "co", "corp", "inc", "ltd", "bros", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec");

  /** See {@link DateNormalizer#tense}. */
  static Tense tense(String text, int start, int end) {
    Tense before = tenseBefore(text, start);
    if (before != Tense.UNKNOWN) {
      return before;
    }
    String after = text.substring(Math.min(end, text.length()), Math.min(text.length(), end + 80)).toLowerCase(Locale.ROOT);
    int sentenceEnd = after.indexOf(". ");
    for (String stop : new String[] {"\n", "? ", "! "}) {
      int k = after.indexOf(stop);
      sentenceEnd = k >= 0 && (sentenceEnd < 0 || k < sentenceEnd) ? k : sentenceEnd;
    }
    if (sentenceEnd >= 0) {
      after = after.substring(0, sentenceEnd);
    }
    Matcher future = FUTURE_MARKERS.matcher(after);
    int futureAt = future.find() ? future.start() : Integer.MAX_VALUE;
    Matcher past = PAST_MARKERS.matcher(after);
    int pastAt = Integer.MAX_VALUE;
    while (past.find()) {
      String preceding = after.substring(Math.max(0, past.start() - 6), past.start());
      if (!(preceding.endsWith("be ") || preceding.endsWith("been ") || preceding.endsWith("being "))) {
        pastAt = past.start();
        break;
      }
    }
    return futureAt < pastAt ? Tense.FUTURE : pastAt < futureAt ? Tense.PAST : Tense.UNKNOWN;
  }

  private static final Pattern FUTURE_MARKERS = Pattern.compile(
      "\\b(?:will|shall|'ll|going to|is to|are to|scheduled|planned|planning|plans? to|slated|set (?:to|for)|expected to"
          + "|likely to|hopes? to|intends? to|as soon as|as early as|payable|effective)\\b");
  private static final Pattern PAST_MARKERS = Pattern.compile(
      "\\b(?:was|were|had|did|said|says|told|ago|met|held|took|began|came|went|saw|gave|made|left|fell|rose|won|lost"
          + "|hit|sent|spoke|wrote|found|became|struck|broke|ran|led|brought|bought|sold|paid|fought|flew|grew|kept|got"
          + "|(?!(?:succe|proce|exce)ed\\b)\\w{3,}ed)\\b");
}
