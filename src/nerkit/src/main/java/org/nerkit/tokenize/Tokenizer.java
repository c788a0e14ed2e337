package org.nerkit.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into tokens the way OntoNotes 5.0 (Penn Treebank conventions) does, so that the
 * recognizer sees at run time the tokens it was trained on: punctuation and brackets apart,
 * clitics split ({@code Russia 's}, {@code do n't}), hyphenated words split around the hyphen
 * ({@code U.S. - led}), abbreviations with their period kept ({@code U.S.}, {@code Sept.}).
 *
 * <p>Rules rather than a statistical tokenizer: tokenization is deterministic, fast (one pass, no
 * regular expressions per character) and every token is a span of the input, so offsets are
 * exact by construction. Immutable and thread-safe.
 */
public final class Tokenizer {

  /** Words that keep a trailing period (lower-cased, without the period). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "cmdr",
      "sgt", "cpl", "adm", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "vs", "etc", "messrs",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      "no", "nos", "mt", "ft", "ave", "blvd", "rd", "rev", "hon", "pres", "atty", "supt", "dept",
      "univ", "approx", "est", "fig", "vol", "ed", "eds", "al", "gens", "reps", "sens", "govt", "ph.d");

  /**
   * Abbreviations of U.S. states (AP style) that keep their period only when capitalized:
   * "Glendale, Calif., said" but "he was ill." and "a mass." end with a sentence period.
   */
  private static final Set<String> CAPITALIZED_ABBREVIATIONS = Set.of(
      "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
      "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex",
      "va", "vt", "wash", "wis", "wyo", "ont", "que", "alta");

  /**
   * Prefixes OntoNotes keeps attached to the word after the hyphen ({@code ex-Soviet},
   * {@code mid-October}, {@code anti-viral}); other hyphenated words are split.
   */
  private static final Set<String> HYPHEN_PREFIXES = Set.of(
      "ex", "mid", "pre", "post", "anti", "co", "non", "pro", "multi", "cross", "re", "uh", "inter",
      "semi", "sub", "vice", "e", "counter", "neo", "pan", "ultra", "trans", "mini");

  /** Clitics split off the end of a word, longest first, in lower case with a plain apostrophe. */
  private static final String[] CLITICS = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};

  public Tokenizer() {}

  /**
   * Tokens of {@code text[start, end)} as {@code [start0, end0, start1, end1, ...]} offsets into
   * text. The range is taken to be a sentence: as in the Penn Treebank, the period of an
   * abbreviation that ends it is the sentence's ("at Mazda Motor Corp." ends {@code Corp .}),
   * except after "U.S.", which OntoNotes keeps whole and follows with a period of its own.
   */
  public int[] tokenize(CharSequence text, int start, int end) {
    IntList out = new IntList();
    int i = start;
    while (i < end) {
      while (i < end && isSpace(text.charAt(i))) {
        i++;
      }
      int chunkStart = i;
      while (i < end && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > chunkStart) {
        splitChunk(text, chunkStart, i, out);
      }
    }
    int last = out.size() - 2;
    if (last >= 0 && out.get(last + 1) - out.get(last) > 1 && text.charAt(out.get(last + 1) - 1) == '.'
        && text.charAt(out.get(last + 1) - 2) != '.' && !isSentenceFinalWhole(text, out.get(last), out.get(last + 1))) {
      int tokenEnd = out.get(last + 1);
      out.set(last + 1, tokenEnd - 1);
      out.add(tokenEnd - 1, tokenEnd);
    }
    return out.toArray();
  }

  private static boolean isSentenceFinalWhole(CharSequence text, int start, int end) {
    return end - start == 4 && text.subSequence(start, end).toString().equals("U.S.");
  }

  /** Convenience for tests and tools: the token strings of a whole text. */
  public List<String> tokenStrings(String text) {
    int[] offsets = tokenize(text, 0, text.length());
    List<String> tokens = new ArrayList<>(offsets.length / 2);
    for (int k = 0; k < offsets.length; k += 2) {
      tokens.add(text.substring(offsets[k], offsets[k + 1]));
    }
    return tokens;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  private void splitChunk(CharSequence text, int start, int end, IntList out) {
    if (isUrlOrEmail(text, start, end)) {
      int trimmedEnd = end;
      while (trimmedEnd > start + 1 && ".,;:!?)]}\"'\u201D\u2019".indexOf(text.charAt(trimmedEnd - 1)) >= 0) {
        trimmedEnd--;
      }
      out.add(start, trimmedEnd);
      for (int k = trimmedEnd; k < end; k++) {
        out.add(k, k + 1);
      }
      return;
    }
    // Leading punctuation: quotes, brackets, currency signs.
    while (start < end && isLeadingPunct(text, start, end)) {
      int len = leadingPunctLength(text, start, end);
      out.add(start, start + len);
      start += len;
    }
    // Trailing punctuation and clitics, collected right to left and emitted afterwards. The word's
    // shape is read once here, not again for each period stripped: ".).).)" would cost its square.
    WordShape shape = WordShape.of(text, start, end);
    IntList tail = new IntList();
    while (end > start) {
      int len = trailingLength(text, start, end, shape);
      if (len == 0) {
        break;
      }
      tail.add(end - len, end);
      end -= len;
    }
    if (end > start) {
      splitInternal(text, start, end, out);
    }
    for (int k = tail.size() - 2; k >= 0; k -= 2) {
      out.add(tail.get(k), tail.get(k + 1));
    }
  }

  private static boolean isLeadingPunct(CharSequence text, int start, int end) {
    char c = text.charAt(start);
    if (c == '\'' || c == '\u2018' || c == '\u2019') {
      // '90s stays one token, as in OntoNotes.
      return !(end - start >= 4 && Character.isDigit(text.charAt(start + 1)) && Character.isDigit(text.charAt(start + 2)));
    }
    return end - start > 0 && ("\"([{<`\u201C\u201E\u00AB$\u00A3\u20AC\u00A5#".indexOf(c) >= 0)
        && (end - start > 1 || c != '$');
  }

  private static int leadingPunctLength(CharSequence text, int start, int end) {
    if (end - start >= 2 && text.charAt(start) == '`' && text.charAt(start + 1) == '`') {
      return 2;
    }
    return 1;
  }

  /** Length of the trailing token to split off {@code [start, end)}, or 0 if none. */
  private int trailingLength(CharSequence text, int start, int end, WordShape shape) {
    int length = end - start;
    char last = text.charAt(end - 1);
    if (length >= 3 && last == '.' && text.charAt(end - 2) == '.' && text.charAt(end - 3) == '.') {
      return length == 3 ? 0 : 3;
    }
    if (last == '.') {
      if (length >= 3 && text.charAt(end - 2) == '.' && text.charAt(end - 3) != '.') {
        return 1; // "the U.S..": an abbreviation's period and then the sentence's
      }
      if (length == 1 || isAbbreviation(text, start, end, shape)) {
        return 0;
      }
      return 1;
    }
    if (length == 1) {
      return 0;
    }
    if (last == '-' && text.charAt(end - 2) != '-') {
      return 1; // a word cut short: "that-"
    }
    if (",;:!?)]}>\"\u201D\u00BB\u2026%".indexOf(last) >= 0) {
      return 1;
    }
    if (length >= 2 && last == '\'' && text.charAt(end - 2) == '\'') {
      return 2; // PTB closing quote ''
    }
    for (String clitic : CLITICS) {
      int n = clitic.length();
      if (length > n && matchesClitic(text, end - n, clitic)) {
        return n;
      }
    }
    if (last == '\'' || last == '\u2019') {
      return 1; // plural possessive (Americans') or closing single quote
    }
    return 0;
  }

  private static boolean matchesClitic(CharSequence text, int at, String clitic) {
    for (int k = 0; k < clitic.length(); k++) {
      char expected = clitic.charAt(k);
      char actual = Character.toLowerCase(text.charAt(at + k));
      if (expected == '\'' ? !(actual == '\'' || actual == '\u2019') : expected != actual) {
        return false;
      }
    }
    // "n't" only after a letter; "'s" etc. after a letter, a digit or an abbreviation ("Corp.'s").
    char before = at > 0 ? text.charAt(at - 1) : ' ';
    return Character.isLetterOrDigit(before) || (before == '.' && clitic.charAt(0) == '\'');
  }

  /** {@code U.S}, {@code J}, {@code Mr}, {@code a.m}: a word whose trailing period belongs to it. */
  private static boolean isAbbreviation(CharSequence text, int start, int end, WordShape shape) {
    int wordEnd = end - 1; // without the period
    if (wordEnd <= start) {
      return false;
    }
    if (shape.lettersAndPeriodsUpTo(wordEnd) && shape.periodBefore(wordEnd)) {
      return true; // U.S., a.m., Ph.D.
    }
    if (wordEnd - start == 1 && Character.isUpperCase(text.charAt(start))) {
      return true; // initial: J.
    }
    if (isRankBeforeCapital(text, start, end)) {
      return true; // "2. Claudia Mues (Germany)": a list or ranking marker, one token in both corpora
    }
    // Only short words can be in the lists (lower-casing never shortens a string): a long word
    // is not copied, and of a hyphenated one only the end after its last hyphen is read.
    if (wordEnd - start <= LONGEST_CAPITALIZED_ABBREVIATION && Character.isUpperCase(text.charAt(start))
        && CAPITALIZED_ABBREVIATIONS.contains(text.subSequence(start, wordEnd).toString().toLowerCase(Locale.ROOT))) {
      return true;
    }
    int lastStart = wordEnd;
    while (lastStart > start && text.charAt(lastStart - 1) != '-' && wordEnd - lastStart <= LONGEST_ABBREVIATION) {
      lastStart--;
    }
    if (wordEnd - lastStart > LONGEST_ABBREVIATION || (lastStart == start && wordEnd - start == 2
        && text.charAt(start) == 'n' && text.charAt(start + 1) == 'o')) {
      return false; // too long; or sentence-final "no." ("No. 5" keeps its period)
    }
    return ABBREVIATIONS.contains(text.subSequence(lastStart, wordEnd).toString().toLowerCase(Locale.ROOT));
  }

  private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);
  private static final int LONGEST_CAPITALIZED_ABBREVIATION =
      CAPITALIZED_ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * Where in a word, read once from its start, the first period and the first character that
   * is neither a letter nor a period are: whether any prefix of it is made of letters and
   * periods with a period inside, in constant time.
   */
  private record WordShape(int firstPeriod, int firstOther) {
    static WordShape of(CharSequence text, int start, int end) {
      int firstPeriod = end;
      int k = start;
      for (; k < end; k++) {
        char c = text.charAt(k);
        if (c == '.') {
          firstPeriod = Math.min(firstPeriod, k);
        } else if (!Character.isLetter(c)) {
          break;
        }
      }
      return new WordShape(firstPeriod, k);
    }

    /** Whether {@code [start, end)} is letters and periods only. */
    boolean lettersAndPeriodsUpTo(int end) {
      return firstOther >= end;
    }

    /** Whether {@code [start, end)} has a period. */
    boolean periodBefore(int end) {
      return firstPeriod < end;
    }
  }

  /**
   * A number of one or two digits with its period, then a space and a capital letter, inside
   * the range being tokenized: a list item or a place in a results table ("1. Smith 2. Jones").
   * At the end of a sentence the period is the sentence's all the same (see {@link #tokenize}).
   */
  private static boolean isRankBeforeCapital(CharSequence text, int start, int end) {
    int digits = end - 1 - start;
    if (digits < 1 || digits > 2 || !isAsciiDigit(text.charAt(start)) || !isAsciiDigit(text.charAt(end - 2))) {
      return false;
    }
    return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Splits a word at hyphens, dashes, slashes between words, and commas not inside numbers. */
  private static void splitInternal(CharSequence text, int start, int end, IntList out) {
    if (isNumericDate(text, start, end)) {
      out.add(start, end);
      return;
    }
    int pieceStart = start;
    int k = start;
    while (k < end) {
      char c = text.charAt(k);
      int separatorLength = 0;
      if (c == '-' || c == '\u2010' || c == '\u2011') {
        if (k + 1 < end && text.charAt(k + 1) == '-') {
          separatorLength = 2; // "--" dash
        } else if (k > pieceStart && k + 1 < end && !isHyphenPrefix(text, pieceStart, k)) {
          separatorLength = 1; // hyphen inside a word
        }
      } else if (c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2026') {
        separatorLength = 1;
      } else if (c == ',' && !(k > start && k + 1 < end
          && Character.isDigit(text.charAt(k - 1)) && Character.isDigit(text.charAt(k + 1)))) {
        separatorLength = 1;
      } else if ((c == '"' || c == '\u201C' || c == '\u201D' || c == '(' || c == ')')) {
        separatorLength = 1;
      }
      if (separatorLength > 0) {
        if (k > pieceStart) {
          out.add(pieceStart, k);
        }
        out.add(k, k + separatorLength);
        k += separatorLength;
        pieceStart = k;
      } else {
        k++;
      }
    }
    if (end > pieceStart) {
      out.add(pieceStart, end);
    }
  }

  private static boolean isHyphenPrefix(CharSequence text, int start, int end) {
    return end - start <= 7 && HYPHEN_PREFIXES.contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
  }

  /** 2021-09-16, 16.09.2021 and 09/16/2021 stay whole: splitting them only hides the date. */
  private static boolean isNumericDate(CharSequence text, int start, int end) {
    int digits = 0;
    int separators = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '-' || c == '/' || c == '.') {
        separators++;
      } else {
        return false;
      }
    }
    return separators == 2 && digits >= 4 && Character.isDigit(text.charAt(start))
        && Character.isDigit(text.charAt(end - 1));
  }

  private static boolean isUrlOrEmail(CharSequence text, int start, int end) {
    String chunk = text.subSequence(start, Math.min(end, start + 8)).toString().toLowerCase(Locale.ROOT);
    if (chunk.startsWith("http://") || chunk.startsWith("https://") || chunk.startsWith("www.")) {
      return true;
    }
    // name@host.tld: an '@' after the first character, then a '.' with something after it.
    int at = -1;
    for (int k = start + 1; k < end - 1; k++) {
      char c = text.charAt(k);
      if (c == '@' && at < 0) {
        at = k;
      } else if (c == '.' && at > 0 && k > at + 1) {
        return true;
      }
    }
    return false;
  }

  /** A growable int array; avoids boxing on the hot path. */
  static final class IntList {
    private int[] values = new int[32];
    private int size;

    void add(int a, int b) {
      if (size + 2 > values.length) {
        values = java.util.Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = a;
      values[size++] = b;
    }

    void set(int index, int value) {
      values[index] = value;
    }

    int get(int index) {
      return values[index];
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
