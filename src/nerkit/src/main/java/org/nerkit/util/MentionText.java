package org.nerkit.util;

import java.util.regex.Pattern;

/** The form of a mention used to compare names: what differs only in layout should compare equal. */
public final class MentionText {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private MentionText() {}

  /**
   * Folds runs of white space (line breaks, non-breaking spaces) to one space, straightens curly
   * apostrophes, and drops a trailing possessive ("Russia's", "Americans'") and a leading "the".
   */
  public static String fold(String mention) {
    String s = mention.strip();
    if (needsSpaceFolding(s)) {
      s = SPACES.matcher(s).replaceAll(" ");
    }
    s = s.replace('\u2019', '\'');
    if (s.endsWith("'s") || s.endsWith("'S")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("'")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > 4 && s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4);
    }
    return s.strip();
  }

  /** Whether {@link #SPACES} would change {@code s}: any white space but a lone ASCII space. The common case skips the regex. */
  private static boolean needsSpaceFolding(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == ' ') {
        if (k + 1 < s.length() && isSpace(s.charAt(k + 1))) {
          return true;
        }
      } else if (isSpace(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u0085';
  }
}
