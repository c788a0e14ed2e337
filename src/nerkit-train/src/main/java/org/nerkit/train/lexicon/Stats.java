package org.nerkit.train.lexicon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Ordered key/value statistics of one conversion, echoed to stderr and saved as
 * {@code stats/NAME.tsv} (key TAB value) beside the converted files, so a rerun can be compared.
 */
public final class Stats {
  private final String name;
  private final Map<String, Object> values = new LinkedHashMap<>();

  public Stats(String name) {
    this.name = name;
  }

  public Stats put(String key, Object value) {
    values.put(key, value);
    return this;
  }

  /** Increments a counter. */
  public void inc(String key) {
    add(key, 1);
  }

  public void add(String key, long delta) {
    values.merge(key, delta, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
  }

  public long count(String key) {
    Object v = values.get(key);
    return v instanceof Number n ? n.longValue() : 0;
  }

  public String name() {
    return name;
  }

  /** Writes {@code dir/NAME.tsv} and echoes the values to stderr. */
  public void save(Path dir) throws IOException {
    try (TsvWriter w = new TsvWriter(dir.resolve(name + ".tsv"))) {
      for (Map.Entry<String, Object> e : values.entrySet()) {
        String v = String.valueOf(e.getValue()).replace('\t', ' ').replace('\n', ' ');
        w.row(e.getKey(), v);
        System.err.printf("  %-40s %s%n", e.getKey(), v);
      }
      w.commit();
    }
  }

  /** Seconds since {@code t0} (a {@link System#nanoTime()}), one decimal. */
  static String seconds(long t0) {
    return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9);
  }
}
