package org.nerkit;

/**
 * A sentence: a span of the document's text and the range of its tokens in
 * {@link Extraction#tokens()} ({@code firstToken} inclusive, {@code endToken} exclusive).
 */
public record Sentence(String text, int start, int end, int firstToken, int endToken) {
  public Sentence {
    if (start < 0 || end < start || end - start != text.length() || firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("bad sentence span [" + start + ", " + end + ")");
    }
  }
}
