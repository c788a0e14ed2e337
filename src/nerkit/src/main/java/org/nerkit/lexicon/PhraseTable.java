package org.nerkit.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.nerkit.util.Fingerprints;

/**
 * A gazetteer: phrases (names of people, organisations, places...) and the types each belongs
 * to. Read from UTF-8 lines {@code phrase<TAB>TYPE[,TYPE...]}, the phrase's tokens keyed as the
 * lexicon says and joined by one space (blank lines skipped); at most
 * {@value #MAX_TYPES} types. A phrase is looked up by the fingerprint of its tokens, built token
 * by token with {@link #start}, {@link #extend} and {@link #typesOf}, so a run of tokens is tried
 * at each length without building strings. Immutable and thread-safe.
 */
public final class PhraseTable {
  public static final int MAX_TYPES = 31;

  private final FingerprintTable table;
  private final String[] types;
  private final int maxTokens;

  private PhraseTable(FingerprintTable table, String[] types, int maxTokens) {
    this.table = table;
    this.types = types;
    this.maxTokens = maxTokens;
  }

  /**
   * Reads {@code phrase<TAB>types} lines.
   *
   * @throws IOException naming the source and line of a malformed line, or when there are more
   *     than {@value #MAX_TYPES} types
   */
  public static PhraseTable read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "no stream for gazetteer " + source);
    TsvScanner lines = new TsvScanner(in, source);
    FingerprintTable table = new FingerprintTable(lines.lineBound());
    Map<String, Integer> typeBits = new LinkedHashMap<>();
    Map<Long, Integer> masks = new HashMap<>(); // the few distinct type lists, each parsed once
    int maxTokens = 0;
    while (lines.next()) {
      if (!lines.keyWellSpaced()) {
        throw lines.malformed("a phrase's words are separated by single spaces");
      }
      long value = lines.valueFingerprint();
      Integer mask = masks.get(value);
      if (mask == null) {
        mask = 0;
        for (String type : lines.value().split(",")) {
          Integer bit = typeBits.get(type);
          if (bit == null) {
            if (typeBits.size() == MAX_TYPES || type.isEmpty()) {
              throw lines.malformed("more than " + MAX_TYPES + " types or an empty one: " + type);
            }
            bit = typeBits.size();
            typeBits.put(type, bit);
          }
          mask |= 1 << bit;
        }
        masks.put(value, mask);
      }
      maxTokens = Math.max(maxTokens, lines.keySpaces() + 1);
      int previous = table.get(lines.key());
      table.put(lines.key(), mask | Math.max(previous, 0)); // a phrase listed twice has both lines' types
    }
    return new PhraseTable(table, typeBits.keySet().toArray(new String[0]), maxTokens);
  }

  /** The state of a phrase fingerprint before its first token. */
  public static long start() {
    return Fingerprints.start();
  }

  /** The state after one more token (its key as the gazetteer stores tokens); {@code first} for the phrase's first token. */
  public static long extend(long state, String tokenKey, boolean first) {
    return Fingerprints.add(first ? state : Fingerprints.add(state, ' '), tokenKey);
  }

  /** The types (bit {@code i} for type {@link #typeName(int) i}) of the phrase the state spells, 0 when it is none. */
  public int typesOf(long state) {
    return Math.max(table.get(Fingerprints.finish(state)), 0);
  }

  /** The longest phrase, in tokens. */
  public int maxTokens() {
    return maxTokens;
  }

  public String typeName(int bit) {
    return types[bit];
  }

  public int typeCount() {
    return types.length;
  }

  public int size() {
    return table.size();
  }

  public long bytes() {
    return table.bytes();
  }
}
