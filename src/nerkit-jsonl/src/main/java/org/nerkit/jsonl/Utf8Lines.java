package org.nerkit.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of bytes and decodes each as strict UTF-8, so that one line with invalid bytes is
 * reported as that line's error instead of being silently replaced or ending the whole input.
 * A line longer than the limit is read past without being kept, so memory stays bounded whatever
 * the input. Not thread-safe.
 */
public final class Utf8Lines {
  /** One line: its bytes without the terminator, or {@code null} bytes when it exceeded the limit. */
  public record Line(byte[] bytes, long length) {
    public boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
  private boolean finished;

  public Utf8Lines(InputStream in, long maxLineBytes) {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
    }
    this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of input. */
  public Line nextLine() throws IOException {
    if (finished) {
      return null;
    }
    buffer.reset();
    long length = 0;
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        return line(length);
      }
      length++;
      if (length <= maxLineBytes + 1) { // one more for a '\r' that is not counted
        buffer.write(b);
      }
    }
    finished = true;
    return length == 0 ? null : line(length);
  }

  private Line line(long length) {
    byte[] bytes = buffer.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r' && length <= maxLineBytes + 1) {
      return new Line(java.util.Arrays.copyOf(bytes, bytes.length - 1), length - 1);
    }
    return length > maxLineBytes ? new Line(null, length) : new Line(bytes, length);
  }

  /** Decodes strictly. @throws InvalidRecordException naming the byte offset of the first bad byte */
  public static String decode(byte[] bytes) throws InvalidRecordException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(input).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidRecordException("invalid UTF-8 at byte " + input.position());
    }
  }
}
