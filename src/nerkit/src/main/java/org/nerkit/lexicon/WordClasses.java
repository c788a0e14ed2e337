package org.nerkit.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
    TsvScanner lines = new TsvScanner(in, source);
    FingerprintTable table = new FingerprintTable(lines.lineBound());
    Map<Long, Integer> classIds = new HashMap<>();
    List<String> classNames = new ArrayList<>();
    while (lines.next()) {
      long value = lines.valueFingerprint();
      Integer id = classIds.get(value);
      if (id == null) {
        id = classNames.size();
        classIds.put(value, id);
        classNames.add(lines.value());
      }
      table.put(lines.key(), id);
    }
    return new WordClasses(table, classNames.toArray(new String[0]));
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
