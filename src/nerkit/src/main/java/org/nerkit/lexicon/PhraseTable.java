package org.nerkit.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    Map<String, Integer> typeBits = new LinkedHashMap<>();
    List<long[]> parts = new ArrayList<>();
    long[] chunk = new long[1 << 14];
    int filled = 0;
    int maxTokens = 0;
    int number = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      number++;
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1 || line.indexOf('\t', tab + 1) >= 0 || line.charAt(0) == ' '
          || line.charAt(tab - 1) == ' ' || line.contains("  ")) {
        throw new IOException("gazetteer " + source + ", line " + number + ": expected phrase<TAB>types, got: "
            + (line.length() > 80 ? line.substring(0, 80) + "..." : line));
      }
      int mask = 0;
      for (String type : line.substring(tab + 1).split(",")) {
        Integer bit = typeBits.get(type);
        if (bit == null) {
          if (typeBits.size() == MAX_TYPES || type.isEmpty()) {
            throw new IOException("gazetteer " + source + ", line " + number + ": more than " + MAX_TYPES
                + " types or an empty one: " + type);
          }
          bit = typeBits.size();
          typeBits.put(type, bit);
        }
        mask |= 1 << bit;
      }
      int tokens = 1;
      for (int k = 0; k < tab; k++) {
        if (line.charAt(k) == ' ') {
          tokens++;
        }
      }
      maxTokens = Math.max(maxTokens, tokens);
      if (filled + 2 > chunk.length) {
        parts.add(chunk);
        chunk = new long[chunk.length];
        filled = 0;
      }
      chunk[filled++] = Fingerprints.of(line.subSequence(0, tab));
      chunk[filled++] = mask;
    }
    parts.add(Arrays.copyOf(chunk, filled));
    int count = 0;
    for (long[] part : parts) {
      count += part.length / 2;
    }
    FingerprintTable table = new FingerprintTable(count);
    for (long[] part : parts) {
      for (int k = 0; k < part.length; k += 2) {
        int previous = table.get(part[k]);
        table.put(part[k], (int) part[k + 1] | Math.max(previous, 0)); // a phrase listed twice has both lines' types
      }
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
