package org.nerkit.jsonl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines of bytes and decodes each as strict UTF-8, so that one line with invalid bytes is
 * reported as that line's error instead of being silently replaced or ending the whole input.
 * A line longer than the limit is read past without being kept, so memory stays bounded whatever
 * the input; so is a line the heap cannot hold. A UTF-8 byte-order mark at the very start of the
 * input is skipped. Not thread-safe.
 */
public final class Utf8Lines {
  /** The UTF-8 encoding of U+FEFF, which some editors write at the start of a file. */
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * One line: its bytes without the terminator, or {@code null} bytes when it exceeded the limit
   * or ran out of memory while it was read ({@code outOfMemory}); {@code length} counts its bytes
   * either way.
   */
  public record Line(byte[] bytes, long length, boolean outOfMemory) {
    public Line(byte[] bytes, long length) {
      this(bytes, length, false);
    }

    public boolean tooLong() {
      return bytes == null && !outOfMemory;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
  private boolean started;
  private boolean finished;

  public Utf8Lines(InputStream in, long maxLineBytes) {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
    }
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of input. */
  public Line nextLine() throws IOException {
    if (finished) {
      return null;
    }
    if (!started) {
      started = true;
      fill();
      if (limit - position >= BOM.length && Arrays.equals(chunk, position, position + BOM.length, BOM, 0, BOM.length)) {
        position += BOM.length;
      }
    }
    line.reset();
    long length = 0; // bytes of this line so far, '\r' included
    int last = -1;
    boolean outOfMemory = false;
    while (true) {
      if (position == limit && !fill()) {
        finished = true;
        if (length == 0) {
          return null;
        }
        return outOfMemory ? new Line(null, length, true) : line(length, last);
      }
      int end = position;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      int count = end - position;
      if (count > 0) {
        // Keep at most one byte more than the limit: a '\r' that is not counted.
        long keep = Math.min(count, Math.max(0, maxLineBytes + 1 - length));
        if (keep > 0 && !outOfMemory) {
          try {
            line.write(chunk, position, (int) keep);
          } catch (OutOfMemoryError e) {
            // The line does not fit in the heap: let go of what was kept and read past the rest,
            // so that the caller can report this line and go on with the next.
            line = new ByteArrayOutputStream(4096);
            outOfMemory = true;
          }
        }
        length += count;
        last = chunk[end - 1];
      }
      position = end;
      if (end < limit) { // at a '\n'
        position++;
        return outOfMemory ? new Line(null, length, true) : line(length, last);
      }
    }
  }

  /**
   * Whether the next {@link #nextLine()} may have to wait for input: nothing is buffered and the
   * stream has nothing ready. A caller holding work back to batch it hands it on first.
   */
  public boolean mayBlock() {
    if (position < limit) {
      return false;
    }
    try {
      return in.available() == 0;
    } catch (IOException e) {
      return true;
    }
  }

  /** Reads the next chunk; false at the end of input. */
  private boolean fill() throws IOException {
    position = 0;
    limit = 0;
    int n;
    do {
      n = in.read(chunk, 0, chunk.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    limit = n;
    return true;
  }

  /** Whether {@code bytes} start with a UTF-8 byte-order mark. */
  public static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= BOM.length && Arrays.equals(bytes, 0, BOM.length, BOM, 0, BOM.length);
  }

  /**
   * Decodes a whole document strictly, without a leading byte-order mark: offsets into the
   * result count from the first character after it.
   */
  public static String decodeDocument(byte[] bytes) throws InvalidRecordException {
    if (startsWithByteOrderMark(bytes)) {
      return decode(bytes, BOM.length, bytes.length - BOM.length);
    }
    return decode(bytes);
  }

  private Line line(long length, int last) {
    boolean carriageReturn = last == '\r';
    long counted = carriageReturn ? length - 1 : length;
    if (counted > maxLineBytes) {
      return new Line(null, length);
    }
    try {
      byte[] bytes = line.toByteArray();
      return new Line(carriageReturn ? Arrays.copyOf(bytes, bytes.length - 1) : bytes, counted);
    } catch (OutOfMemoryError e) {
      line = new ByteArrayOutputStream(4096);
      return new Line(null, counted, true);
    }
  }

  /** Decodes strictly. @throws InvalidRecordException naming the byte offset of the first bad byte */
  public static String decode(byte[] bytes) throws InvalidRecordException {
    return decode(bytes, 0, bytes.length);
  }

  private static String decode(byte[] bytes, int offset, int length) throws InvalidRecordException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, length);
    try {
      return decoder.decode(input).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidRecordException("invalid UTF-8 at byte " + input.position());
    }
  }
}
