package org.nerkit.io;

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
 * Not thread-safe.
 */
public final class Utf8Lines {
  private final InputStream in;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
  private boolean finished;

  public Utf8Lines(InputStream in) {
    this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
  }

  /** The bytes of the next line without its line terminator, or null at the end of input. */
  public byte[] nextLine() throws IOException {
    if (finished) {
      return null;
    }
    buffer.reset();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        return withoutCarriageReturn(buffer.toByteArray());
      }
      buffer.write(b);
    }
    finished = true;
    return buffer.size() == 0 ? null : withoutCarriageReturn(buffer.toByteArray());
  }

  private static byte[] withoutCarriageReturn(byte[] line) {
    if (line.length > 0 && line[line.length - 1] == '\r') {
      return java.util.Arrays.copyOf(line, line.length - 1);
    }
    return line;
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
