package org.nerkit.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Texts written to find the inputs on which extraction costs more than linear time: each
 * generator gives a document of a requested length, made of one pattern repeated. The first
 * group repeats what once made a stage quadratic (anaphoric dates counted from every earlier
 * date, periods before a bracket, periods between zero-width spaces, ambiguous country names,
 * people sharing a surname, many organisation names with one first word); the second is the
 * hostile material of the README's "Limits and hostile input" and of
 * {@code LargeHostileInputTest}.
 */
public final class HostileTexts {
  private HostileTexts() {}

  private static final Map<String, IntFunction<String>> GENERATORS = new LinkedHashMap<>();

  static {
    // Once quadratic.
    add("thatYear", n -> repeat("In 1990 sales rose. ", "Later that year, prices fell. ", n));
    add("followingDay", n -> repeat("", "He arrived on May 3, 1990 and left the following day. ", n));
    add("trailingPeriods", n -> repeat("x", ".)", n));
    add("zeroWidthSpaces", n -> repeat("", ".\u200B", n));
    add("byteOrderMarks", n -> repeat("", ".\uFEFF", n));
    add("georgia", n -> repeat("", "Georgia, ", n));
    add("congo", n -> repeat("", "Congo, ", n));
    add("sharedSurname", n -> numbered(n, k -> name(k) + " Smith met Smith. "));
    add("distinctBanks", n -> numbered(n, k -> "Bank of " + name(k) + " said. "));
    // The README's hostile input.
    add("longWord", n -> repeat("", "x", n));
    add("wordOfPeriods", n -> repeat("", "a.", n));
    add("punctuation", n -> repeat("", ".,;!?-\"'()", n));
    add("commas", n -> repeat("", ",", n));
    add("digits", n -> repeat("", "1234567890", n));
    add("atSigns", n -> repeat("", "@", n));
    add("emoji", n -> repeat("", "\uD83D\uDE00", n));
    add("loneSurrogates", n -> repeat("", "\uD800a\uDC00", n));
    add("controlCharacters", n -> repeat("", "\u0000\u0001\u0007\u001B", n));
    add("rightToLeft", n -> repeat("", "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 \u05E9\u05DC\u05D5\u05DD. ", n));
    add("markup", n -> repeat("", "<div class=\"x\"><p>Paris &amp; <b>Rome</b></p></div>\r\n", n));
    add("windowsLines", n -> repeat("", "Officials in Paris met on Monday.\r\n", n));
    add("blankLines", n -> repeat("", "\n", n / 2) + "Kenya" + repeat("", "\r\n\r\n", n / 2));
    add("noSentenceEnd", n -> repeat("", "Smith and Jones ", n));
    add("sameSentence", n -> repeat("", "Angela Merkel met Joe Biden in Berlin on Monday. ", n));
  }

  private static void add(String name, IntFunction<String> generator) {
    GENERATORS.put(name, generator);
  }

  /** The generators' names, in a fixed order. */
  public static Set<String> names() {
    return GENERATORS.keySet();
  }

  /** A document of exactly {@code chars} characters (one pattern repeated, cut to length without splitting a surrogate pair). */
  public static String text(String generator, int chars) {
    IntFunction<String> make = GENERATORS.get(generator);
    if (make == null) {
      throw new IllegalArgumentException("no generator " + generator + "; known: " + names());
    }
    String text = make.apply(chars);
    int end = Math.min(chars, text.length());
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))
        && Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static String repeat(String head, String unit, int chars) {
    StringBuilder text = new StringBuilder(chars + unit.length() + head.length());
    text.append(head);
    while (text.length() < chars) {
      text.append(unit);
    }
    return text.toString();
  }

  private static String numbered(int chars, IntFunction<String> unit) {
    StringBuilder text = new StringBuilder(chars + 64);
    for (int k = 0; text.length() < chars; k++) {
      text.append(unit.apply(k));
    }
    return text.toString();
  }

  private static final String[] ONSETS = {"B", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u"};

  /** A distinct capitalized made-up name for every k: "Ban", "Taben", "Kozun"... */
  static String name(int k) {
    StringBuilder name = new StringBuilder();
    int x = k;
    do {
      name.append(ONSETS[x % ONSETS.length].toLowerCase(java.util.Locale.ROOT)).append(VOWELS[(x / ONSETS.length) % VOWELS.length]);
      x /= ONSETS.length * VOWELS.length;
    } while (x > 0);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "n";
  }
}
