package org.nerkit.lexicon;

/**
 * The forms under which lexicons store their words, so that a token is looked up the way its
 * lexicon was built. Besides the word as written: lower case, every digit written {@code 0}
 * (as large embedding vocabularies store numbers), and the "simplified form" of the NLP4J
 * lexicons (curly quotes straightened, dashes and bullets to {@code -}, currency signs to
 * {@code $}, each number to one {@code 0}, runs of three or more identical punctuation marks
 * cut to two, web and e-mail addresses to {@link #HYPERLINK}).
 */
public final class LexiconKeys {
  /** What the simplified form writes for a web or e-mail address. */
  public static final String HYPERLINK = "#hlink#";

  private LexiconKeys() {}

  /** The ways a lexicon may key its words; the name is what a feature descriptor says. */
  public enum Form {
    /** The token as it is. */
    EXACT,
    /** Lower-cased (ASCII and Latin-1 letters, as the lexicons' builders did). */
    LOWER,
    /** Every ASCII digit written {@code 0}, case kept. */
    DIGITS_ZERO,
    /** The simplified form, case kept. */
    SIMPLIFIED,
    /** The simplified form, lower-cased. */
    SIMPLIFIED_LOWER;

    public String key(String token) {
      return switch (this) {
        case EXACT -> token;
        case LOWER -> lower(token);
        case DIGITS_ZERO -> digitsZero(token);
        case SIMPLIFIED -> simplified(token);
        case SIMPLIFIED_LOWER -> lower(simplified(token));
      };
    }
  }

  /** Every ASCII digit replaced by {@code 0}. */
  public static String digitsZero(String s) {
    char[] cs = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '1' && c <= '9') {
        if (cs == null) {
          cs = s.toCharArray();
        }
        cs[i] = '0';
      }
    }
    return cs == null ? s : new String(cs);
  }

  /**
   * Lower-cases ASCII A–Z and Latin-1 capitals (U+00C0 to U+00DE but U+00D7) only, as the
   * lexicons' builders did: other scripts stay as they are. So did they with U+008A, U+008C and
   * U+008E (windows-1252's Š, Œ, Ž read as Latin-1), which become U+009A, U+009C, U+009E.
   */
  public static String lower(String s) {
    char[] cs = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char lower = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? (char) (c + 32)
          : c == 0x8A || c == 0x8C || c == 0x8E ? (char) (c + 16) : c;
      if (lower != c) {
        if (cs == null) {
          cs = s.toCharArray();
        }
        cs[i] = lower;
      }
    }
    return cs == null ? s : new String(cs);
  }

  /** The simplified form of one token (see the class comment). */
  public static String simplified(String s) {
    if (isHyperlink(s)) {
      return HYPERLINK;
    }
    return collapsePunctuation(collapseDigits(generalizeSymbols(s)));
  }

  static boolean isHyperlink(String s) {
    if (s.length() < 4 || (s.indexOf(':') < 0 && s.indexOf('@') < 0 && !s.regionMatches(true, 0, "www.", 0, 4))) {
      return false; // the common case, without lower-casing the token
    }
    if (s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8)
        || s.regionMatches(true, 0, "ftp://", 0, 6) || s.regionMatches(true, 0, "sftp://", 0, 7)
        || s.regionMatches(true, 0, "www.", 0, 4)) {
      return true;
    }
    int at = s.indexOf('@');
    return at > 0 && s.indexOf('.', at) > at + 1 && !s.endsWith(".");
  }

  private static char generalizeSymbol(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2022' -> '-';
      case '\u00A2', '\u00A3', '\u00A5', '\u20AC' -> '$';
      default -> c;
    };
  }

  private static String generalizeSymbols(String s) {
    char[] cs = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char g = generalizeSymbol(c);
      if (g != c) {
        if (cs == null) {
          cs = s.toCharArray();
        }
        cs[i] = g;
      }
    }
    return cs == null ? s : new String(cs);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Symbols that may precede a number and are absorbed into its {@code 0}. */
  private static boolean isPreDigitSymbol(char c) {
    return c == '$' || c == '-' || c == '+' || c == '#' || c == '.';
  }

  /** Separators absorbed when they stand between two digits. */
  private static boolean isSeparator(char c) {
    return isPreDigitSymbol(c) || c == ',' || c == ':' || c == '/' || c == '=';
  }

  private static String collapseDigits(String s) {
    int n = s.length();
    StringBuilder b = null;
    boolean inNumber = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        if (b == null) {
          b = new StringBuilder(n).append(s, 0, i);
        }
        if (!inNumber) {
          b.append('0');
          inNumber = true;
        }
        continue;
      }
      if (c == '%' && inNumber) {
        continue;
      }
      boolean beforeDigit = i + 1 < n && isDigit(s.charAt(i + 1));
      if (beforeDigit && ((i == 0 && isSeparator(c)) || (inNumber && isSeparator(c)))) {
        if (b == null) {
          b = new StringBuilder(n).append(s, 0, i);
        }
        continue;
      }
      inNumber = false;
      if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static String collapsePunctuation(String s) {
    int n = s.length();
    StringBuilder b = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean drop = i >= 2 && !Character.isLetterOrDigit(c) && s.charAt(i - 1) == c && s.charAt(i - 2) == c;
      if (drop && b == null) {
        b = new StringBuilder(n).append(s, 0, i);
      } else if (!drop && b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
