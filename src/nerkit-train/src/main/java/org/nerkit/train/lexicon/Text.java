package org.nerkit.train.lexicon;

import java.util.Comparator;

/** String rules the model-lexicon filters share: white space, letters, sort order. */
final class Text {
  /**
   * White space as a regex class: Unicode's White_Space plus the information separators
   * U+001C–U+001F, so that no odd space character survives inside a phrase.
   */
  static final String SPACE_CLASS = "[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

  /**
   * Code point order (what sorting the UTF-8 bytes gives), not {@link String#compareTo}'s UTF-16
   * order, which puts characters beyond U+FFFF before U+E000–U+FFFF: the files then sort the same
   * whatever tool sorts them.
   */
  static final Comparator<String> CODE_POINT_ORDER = Text::compareCodePoints;

  private Text() {}

  /** Whether the code point is white space in the sense of {@link #SPACE_CLASS}. */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
  }

  /** The string without white space ({@link #isSpace}) at either end. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && isSpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Whether the string has a letter (Unicode category L). */
  static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        if (x >= 0xD800 && y >= 0xD800) {
          // Surrogates (code points beyond U+FFFF) must sort after U+E000–U+FFFF: shift both ranges.
          x = (char) (x >= 0xE000 ? x - 0x800 : x + 0x2000);
          y = (char) (y >= 0xE000 ? y - 0x800 : y + 0x2000);
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }
}
