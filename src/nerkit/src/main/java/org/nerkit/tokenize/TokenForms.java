package org.nerkit.tokenize;

/**
 * The form of a token the recognizer sees. Raw text writes the same punctuation many ways
 * (curly quotes, PTB's {@code ``} and {@code ''}, Unicode dashes and apostrophes); the model is
 * trained and run on one canonical spelling so that training and run time agree.
 * Offsets are never affected: this only changes the string handed to the model.
 */
public final class TokenForms {
  private TokenForms() {}

  /** The model-facing form of a token's surface text. */
  public static String modelForm(String token) {
    switch (token) {
      case "``", "''", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB":
        return "\"";
      case "`", "\u2018", "\u2019", "\u201A":
        return "'";
      case "\u2013", "\u2014", "\u2012", "\u2015", "--":
        return "--";
      case "\u2010", "\u2011":
        return "-";
      case "\u2026":
        return "...";
      default:
        break;
    }
    if (token.indexOf('\u2019') >= 0 || token.indexOf('\u00A0') >= 0) {
      return token.replace('\u2019', '\'').replace('\u00A0', ' ');
    }
    return token;
  }
}
