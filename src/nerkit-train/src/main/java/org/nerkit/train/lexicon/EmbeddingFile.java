package org.nerkit.train.lexicon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * A compact binary file of word embeddings ("NKEMB1"), all integers little-endian.
 *
 * <pre>
 *   header  : 8 bytes ASCII magic "NKEMB1\0\0"
 *             int32  count    number of words
 *             int32  dim      floats per word
 *   records : count times
 *             uint16 n        length of the word in UTF-8 bytes
 *             n bytes         the word, UTF-8
 *             dim x float32   the vector (IEEE 754, little-endian)
 * </pre>
 *
 * Records are sorted by word (Java {@code String} order). The format needs no library to read:
 * e.g. in Python, {@code struct.unpack('<ii', f.read(8))} after the magic, then per record
 * {@code n = struct.unpack('<H', ...)}, the word, and {@code numpy.frombuffer(..., '<f4', dim)}.
 */
public final class EmbeddingFile {

  /** File magic, 8 bytes. */
  static final byte[] MAGIC = "NKEMB1\0\0".getBytes(StandardCharsets.US_ASCII);

  /** In-memory embeddings: words and a row-major {@code count x dim} matrix. */
  public record Embeddings(String[] words, int dim, float[] matrix) {

    public int size() {
      return words.length;
    }

    /** Copies row {@code i} into a new array. */
    public float[] vector(int i) {
      return Arrays.copyOfRange(matrix, i * dim, (i + 1) * dim);
    }
  }

  private EmbeddingFile() {}

  /** Writes {@code words} (already sorted) with their vectors, atomically. */
  public static void write(Path target, List<String> words, List<float[]> vectors, int dim) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".part");
    ByteBuffer buf = ByteBuffer.allocate(2 + 65535 + 4 * dim).order(ByteOrder.LITTLE_ENDIAN);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 20)) {
      out.write(MAGIC);
      buf.clear();
      buf.putInt(words.size()).putInt(dim);
      out.write(buf.array(), 0, buf.position());
      for (int i = 0; i < words.size(); i++) {
        byte[] w = words.get(i).getBytes(StandardCharsets.UTF_8);
        float[] v = vectors.get(i);
        if (w.length > 65535 || v.length != dim) {
          throw new IllegalArgumentException("bad record " + i + ": " + words.get(i));
        }
        buf.clear();
        buf.putShort((short) w.length).put(w);
        for (float f : v) {
          buf.putFloat(f);
        }
        out.write(buf.array(), 0, buf.position());
      }
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads a whole file into memory. */
  public static Embeddings read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
       DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 20))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IOException(file + " is not an NKEMB1 file");
      }
      ByteBuffer head = ByteBuffer.wrap(in.readNBytes(8)).order(ByteOrder.LITTLE_ENDIAN);
      int count = head.getInt();
      int dim = head.getInt();
      String[] words = new String[count];
      float[] matrix = new float[Math.multiplyExact(count, dim)];
      byte[] vec = new byte[4 * dim];
      ByteBuffer vb = ByteBuffer.wrap(vec).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < count; i++) {
        int n = Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
        words[i] = new String(in.readNBytes(n), StandardCharsets.UTF_8);
        in.readFully(vec);
        vb.clear();
        vb.asFloatBuffer().get(matrix, i * dim, dim);
      }
      if (in.read() != -1) {
        throw new IOException(file + ": trailing bytes after " + count + " records");
      }
      return new Embeddings(words, dim, matrix);
    } catch (EOFException e) {
      throw new IOException(file + " is truncated", e);
    }
  }
}
