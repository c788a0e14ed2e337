package org.nerkit.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document as the pipeline's stages read it: the text, its sentences and its tokens, each a
 * range of character offsets into the text (UTF-16 code units, end exclusive). Tokens are numbered
 * through the whole document; sentence {@code s} holds tokens {@code firstToken(s)} up to
 * {@code endToken(s)}. Immutable.
 */
public final class Document {
  private final String text;
  private final int[] tokenStarts;
  private final int[] tokenEnds;
  private final int[] sentenceStarts;
  private final int[] sentenceEnds;
  /** Per sentence its first token, and one more entry: the token count. */
  private final int[] sentenceTokens;

  private Document(String text, int[] tokenStarts, int[] tokenEnds, int[] sentenceStarts, int[] sentenceEnds,
      int[] sentenceTokens) {
    this.text = text;
    this.tokenStarts = tokenStarts;
    this.tokenEnds = tokenEnds;
    this.sentenceStarts = sentenceStarts;
    this.sentenceEnds = sentenceEnds;
    this.sentenceTokens = sentenceTokens;
  }

  public String text() {
    return text;
  }

  public int sentenceCount() {
    return sentenceStarts.length;
  }

  public int sentenceStart(int sentence) {
    return sentenceStarts[sentence];
  }

  public int sentenceEnd(int sentence) {
    return sentenceEnds[sentence];
  }

  /** The first token of the sentence. */
  public int firstToken(int sentence) {
    return sentenceTokens[sentence];
  }

  /** One past the last token of the sentence. */
  public int endToken(int sentence) {
    return sentenceTokens[sentence + 1];
  }

  public int tokenCount() {
    return tokenStarts.length;
  }

  public int tokenStart(int token) {
    return tokenStarts[token];
  }

  public int tokenEnd(int token) {
    return tokenEnds[token];
  }

  /** The token's text. */
  public String token(int token) {
    return text.substring(tokenStarts[token], tokenEnds[token]);
  }

  /** The first token that starts at or after {@code offset}; {@link #tokenCount()} when none does. */
  public int firstTokenAtOrAfter(int offset) {
    int at = Arrays.binarySearch(tokenStarts, offset);
    return at >= 0 ? at : -at - 1;
  }

  /** The sentence holding the token. */
  public int sentenceOf(int token) {
    int at = Arrays.binarySearch(sentenceTokens, 0, sentenceTokens.length - 1, token);
    if (at >= 0) {
      while (at + 1 < sentenceTokens.length - 1 && sentenceTokens[at + 1] == token) {
        at++; // sentences without tokens share the start of the next one
      }
      return at;
    }
    return -at - 2;
  }

  /** Builds a document sentence by sentence, each with its tokens, in text order. Not thread-safe. */
  public static final class Builder {
    private final String text;
    private int[] tokenStarts = new int[64];
    private int[] tokenEnds = new int[64];
    private int tokens;
    private int[] sentenceStarts = new int[8];
    private int[] sentenceEnds = new int[8];
    private int[] sentenceTokens = new int[9];
    private int sentences;

    public Builder(String text) {
      this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Adds a sentence {@code [start, end)} with its tokens, given as {@code [start0, end0, start1,
     * end1, ...]} offsets into the text, inside the sentence and in order.
     */
    public Builder sentence(int start, int end, int[] tokenOffsets) {
      int previousEnd = sentences == 0 ? 0 : sentenceEnds[sentences - 1];
      if (start < previousEnd || end < start || end > text.length()) {
        throw new IllegalArgumentException("sentence [" + start + ", " + end + ") out of order or outside the text");
      }
      if (sentences == sentenceStarts.length) {
        int capacity = 2 * sentenceStarts.length;
        sentenceStarts = Arrays.copyOf(sentenceStarts, capacity);
        sentenceEnds = Arrays.copyOf(sentenceEnds, capacity);
        sentenceTokens = Arrays.copyOf(sentenceTokens, capacity + 1);
      }
      int count = tokenOffsets.length / 2;
      if (tokens + count > tokenStarts.length) {
        int capacity = Math.max(2 * tokenStarts.length, tokens + count);
        tokenStarts = Arrays.copyOf(tokenStarts, capacity);
        tokenEnds = Arrays.copyOf(tokenEnds, capacity);
      }
      int last = start;
      for (int k = 0; k < count; k++) {
        int tokenStart = tokenOffsets[2 * k];
        int tokenEnd = tokenOffsets[2 * k + 1];
        if (tokenStart < last || tokenEnd <= tokenStart || tokenEnd > end) {
          throw new IllegalArgumentException("token [" + tokenStart + ", " + tokenEnd + ") out of order or outside its sentence");
        }
        tokenStarts[tokens + k] = tokenStart;
        tokenEnds[tokens + k] = tokenEnd;
        last = tokenEnd;
      }
      sentenceStarts[sentences] = start;
      sentenceEnds[sentences] = end;
      sentenceTokens[sentences] = tokens;
      tokens += count;
      sentences++;
      sentenceTokens[sentences] = tokens;
      return this;
    }

    public Document build() {
      return new Document(text, Arrays.copyOf(tokenStarts, tokens), Arrays.copyOf(tokenEnds, tokens),
          Arrays.copyOf(sentenceStarts, sentences), Arrays.copyOf(sentenceEnds, sentences),
          Arrays.copyOf(sentenceTokens, sentences + 1));
    }
  }
}
