package org.nerkit.train.lexicon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts a ClearNLP / NLP4J Brown-cluster lexicon to {@code word TAB bitpath}.
 *
 * <p>Source format: an xz-compressed Java-serialized {@code HashMap<String, HashSet<String>>}
 * mapping each word to a set of prefixes of its cluster's bit path (typically the prefixes of
 * length 2, 4, 6, ... plus the full path). The longest element is the full bit path; every other
 * element is checked to be a prefix of it.
 *
 * <p>Output: one line per word, sorted by word (Java {@code String} order),
 * {@code word TAB fullBitPath}. Words are written exactly as stored (no case folding).
 */
public final class BrownClusterConverter {

  private BrownClusterConverter() {}

  /**
   * @param source  the jar entry to read
   * @param lexica  directory with the lexicon jars
   * @param output  the TSV to write
   * @param stats   receives counts and anomalies
   */
  public static void convert(Sources.MavenEntry source, Path lexica, Path output, Stats stats) throws IOException {
    long t0 = System.nanoTime();
    @SuppressWarnings("unchecked")
    Map<String, Set<String>> map = SerializedLexicon.read(lexica, source, HashMap.class);
    stats.put("source", source.toString());
    stats.put("read_seconds", Stats.seconds(t0));
    stats.put("words_in_source", map.size());

    // Sorted copy: deterministic output independent of HashMap iteration order.
    TreeMap<String, String> paths = new TreeMap<>();
    Map<String, Integer> clusterSizes = new HashMap<>();
    Set<String> lowerForms = new HashSet<>();
    long prefixViolations = 0;
    long minLen = Long.MAX_VALUE;
    long maxLen = 0;
    long sumLen = 0;
    long prefixCountSum = 0;
    for (Map.Entry<String, Set<String>> e : map.entrySet()) {
      String word = e.getKey();
      Set<String> prefixes = e.getValue();
      if (prefixes == null || prefixes.isEmpty()) {
        stats.inc("words_without_path");
        continue;
      }
      String full = null;
      for (String p : prefixes) {
        if (full == null || p.length() > full.length()) {
          full = p;
        }
      }
      for (String p : prefixes) {
        if (!full.startsWith(p)) {
          prefixViolations++;
        }
      }
      if (!full.chars().allMatch(c -> c == '0' || c == '1')) {
        stats.inc("paths_not_binary");
      }
      prefixCountSum += prefixes.size();
      paths.put(word, full);
      clusterSizes.merge(full, 1, Integer::sum);
      minLen = Math.min(minLen, full.length());
      maxLen = Math.max(maxLen, full.length());
      sumLen += full.length();
      if (!lowerForms.add(word.toLowerCase(Locale.ROOT))) {
        stats.inc("words_sharing_lowercase_form_with_another");
      }
      if (!word.toLowerCase(Locale.ROOT).equals(word)) {
        stats.inc("words_with_uppercase");
      }
      if (word.chars().anyMatch(Character::isDigit)) {
        stats.inc("words_with_digits");
      }
      if (word.chars().anyMatch(c -> c > 127)) {
        stats.inc("words_with_non_ascii");
      }
      if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
        stats.inc("words_empty_or_with_whitespace");
      }
      if (word.chars().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD)) {
        stats.inc("words_with_control_or_replacement_char");
      }
    }
    stats.put("prefix_set_elements_not_prefix_of_longest", prefixViolations);
    stats.put("mean_prefixes_per_word", String.format(Locale.ROOT, "%.2f", prefixCountSum / (double) paths.size()));
    stats.put("clusters_distinct_full_paths", clusterSizes.size());
    stats.put("bitpath_length_min", minLen);
    stats.put("bitpath_length_max", maxLen);
    stats.put("bitpath_length_mean", String.format(Locale.ROOT, "%.2f", sumLen / (double) paths.size()));
    stats.put("cluster_size_max", clusterSizes.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    stats.put("cluster_size_min", clusterSizes.values().stream().mapToInt(Integer::intValue).min().orElse(0));

    try (TsvWriter w = new TsvWriter(output)) {
      for (Map.Entry<String, String> e : paths.entrySet()) {
        w.row(e.getKey(), e.getValue());
      }
      stats.put("rows_written", w.rows());
      stats.put("rows_rejected_tab_or_newline", w.rejected());
      w.commit();
    }
    stats.put("total_seconds", Stats.seconds(t0));
  }
}
