package org.nerkit.lexicon;

import java.io.IOException;
import java.io.InputStream;
import org.nerkit.util.Fingerprints;

/**
 * Reads {@code key<TAB>value} lines of UTF-8 straight from bytes, giving the key's fingerprint as
 * {@link Fingerprints#of} gives it for the key's {@code String} (over its UTF-16 code units),
 * without making a {@code String} of each line. Blank lines are skipped.
 *
 * <p>Why: a model's lexicons hold millions of lines, and reading them as strings took most of
 * the time a model took to load; decoding and fingerprinting in one pass over the bytes is
 * several times faster.
 */
final class TsvScanner {
  private final byte[] bytes;
  private final String source;
  private int position;
  private int line;
  private long key;
  private int keySpaces;
  private boolean keyWellSpaced;
  private int valueStart;
  private int valueEnd;

  TsvScanner(InputStream in, String source) throws IOException {
    this.bytes = in.readAllBytes();
    this.source = source;
  }

  /** Moves to the next line that is not blank; false at the end. @throws IOException for a malformed line */
  boolean next() throws IOException {
    while (position < bytes.length) {
      line++;
      int start = position;
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      position = end + 1;
      int lineEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      if (lineEnd == start) {
        continue;
      }
      int tab = start;
      while (tab < lineEnd && bytes[tab] != '\t') {
        tab++;
      }
      if (tab == start || tab >= lineEnd - 1) {
        throw malformed(start, lineEnd, "expected key<TAB>value");
      }
      for (int k = tab + 1; k < lineEnd; k++) {
        if (bytes[k] == '\t') {
          throw malformed(start, lineEnd, "expected one TAB");
        }
      }
      key = fingerprint(start, tab, lineEnd);
      valueStart = tab + 1;
      valueEnd = lineEnd;
      return true;
    }
    return false;
  }

  /** Fingerprints the key bytes as the UTF-16 units they decode to, counting its spaces. */
  private long fingerprint(int start, int end, int lineEnd) throws IOException {
    long state = Fingerprints.start();
    int spaces = 0;
    boolean wellSpaced = bytes[start] != ' ' && bytes[end - 1] != ' ';
    int k = start;
    while (k < end) {
      int b = bytes[k] & 0xFF;
      if (b < 0x80) {
        if (b == ' ') {
          spaces++;
          wellSpaced &= bytes[k - 1] != ' ';
        }
        state = Fingerprints.add(state, (char) b);
        k++;
        continue;
      }
      int codePoint;
      int length;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        codePoint = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        codePoint = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        codePoint = b & 0x07;
      } else {
        throw malformed(start, lineEnd, "invalid UTF-8");
      }
      if (k + length > end) {
        throw malformed(start, lineEnd, "invalid UTF-8");
      }
      for (int c = 1; c < length; c++) {
        int next = bytes[k + c] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          throw malformed(start, lineEnd, "invalid UTF-8");
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
      }
      if ((length == 3 && (codePoint < 0x800 || (codePoint >= 0xD800 && codePoint <= 0xDFFF)))
          || (length == 4 && (codePoint < 0x10000 || codePoint > 0x10FFFF))) {
        throw malformed(start, lineEnd, "invalid UTF-8");
      }
      if (codePoint >= 0x10000) {
        state = Fingerprints.add(state, Character.highSurrogate(codePoint));
        state = Fingerprints.add(state, Character.lowSurrogate(codePoint));
      } else {
        state = Fingerprints.add(state, (char) codePoint);
      }
      k += length;
    }
    keySpaces = spaces;
    keyWellSpaced = wellSpaced;
    return Fingerprints.finish(state);
  }

  /** The current line as malformed, naming the source and the line. */
  IOException malformed(String problem) {
    int start = valueStart - 1;
    while (start > 0 && bytes[start - 1] != '\n') {
      start--;
    }
    return malformed(start, valueEnd, problem);
  }

  private IOException malformed(int start, int end, String problem) {
    String text = new String(bytes, start, Math.min(end - start, 80), java.nio.charset.StandardCharsets.UTF_8);
    return new IOException("lexicon " + source + ", line " + line + ": " + problem + ", got: " + text);
  }

  /** The fingerprint of the current line's key. */
  long key() {
    return key;
  }

  /** How many spaces the current key has: a phrase of n tokens has n - 1. */
  int keySpaces() {
    return keySpaces;
  }

  /** Whether the key's words are separated by single spaces, with none at either end. */
  boolean keyWellSpaced() {
    return keyWellSpaced;
  }

  /** A fingerprint of the current value's bytes, to recognize values met before without decoding them. */
  long valueFingerprint() {
    long state = Fingerprints.start();
    for (int k = valueStart; k < valueEnd; k++) {
      state = Fingerprints.add(state, (char) (bytes[k] & 0xFF));
    }
    return Fingerprints.finish(state);
  }

  /** The current value, decoded. */
  String value() {
    return new String(bytes, valueStart, valueEnd - valueStart, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The current line's number, from 1. */
  int line() {
    return line;
  }

  /** How many lines there are at most: to size tables before reading them. */
  int lineBound() {
    int count = 1;
    for (byte b : bytes) {
      if (b == '\n') {
        count++;
      }
    }
    return count;
  }
}
