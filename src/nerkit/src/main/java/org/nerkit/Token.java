package org.nerkit;

/** A token: a span of the document's text. */
public record Token(String text, int start, int end) {
  public Token {
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") for " + text);
    }
  }
}
