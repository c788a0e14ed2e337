package org.nerkit.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nerkit.util.Fingerprints;

/**
 * A word-class lexicon: each word a class name, such as a Brown cluster's bit path or the number
 * of an embedding cluster. Read from UTF-8 lines {@code word<TAB>class} (blank lines skipped; a
 * {@code #} is a word like any other), keyed by the fingerprint of the word: the words themselves are not kept.
 * Immutable and thread-safe.
 */
public final class WordClasses {
  private final FingerprintTable table;
  private final String[] classes;

  private WordClasses(FingerprintTable table, String[] classes) {
    this.table = table;
    this.classes = classes;
  }

  /**
   * Reads {@code word<TAB>class} lines.
   *
   * @param source names the lexicon in error messages
   * @throws IOException naming the source and line of a malformed line
   */
  public static WordClasses read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "no stream for lexicon " + source);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    List<long[]> entries = new ArrayList<>();
    Map<String, Integer> classIds = new HashMap<>();
    List<String> classNames = new ArrayList<>();
    long[] chunk = new long[1 << 14];
    int filled = 0;
    int number = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1 || line.indexOf('\t', tab + 1) >= 0) {
        throw new IOException("lexicon " + source + ", line " + number + ": expected word<TAB>class, got: " + abbreviated(line));
      }
      String className = line.substring(tab + 1);
      Integer id = classIds.get(className);
      if (id == null) {
        id = classNames.size();
        classIds.put(className, id);
        classNames.add(className);
      }
      if (filled + 2 > chunk.length) {
        entries.add(chunk);
        chunk = new long[chunk.length];
        filled = 0;
      }
      chunk[filled++] = Fingerprints.of(line.subSequence(0, tab));
      chunk[filled++] = id;
    }
    entries.add(Arrays.copyOf(chunk, filled));
    int count = 0;
    for (long[] part : entries) {
      count += part.length / 2;
    }
    FingerprintTable table = new FingerprintTable(count);
    for (long[] part : entries) {
      for (int k = 0; k < part.length; k += 2) {
        table.put(part[k], (int) part[k + 1]);
      }
    }
    return new WordClasses(table, classNames.toArray(new String[0]));
  }

  private static String abbreviated(String line) {
    return line.length() > 80 ? line.substring(0, 80) + "..." : line;
  }

  /** The class of the word (as the lexicon keys it), or -1 when the lexicon does not have it. */
  public int classOf(String word) {
    return table.get(Fingerprints.of(word));
  }

  /** The name of class {@code id} (a bit path, a cluster number). */
  public String className(int id) {
    return classes[id];
  }

  public int classCount() {
    return classes.length;
  }

  /** How many words the lexicon has. */
  public int size() {
    return table.size();
  }

  /** Roughly the heap the lexicon takes. */
  public long bytes() {
    return table.bytes();
  }
}
