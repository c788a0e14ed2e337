package org.nerkit.train.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The common words of a training text: words it writes often, and mostly in lower case. A
 * one-word gazetteer entry or first name that is such a word ("will", "may", "the") would fire
 * on ordinary text far more often than on names.
 */
final class CommonWords {
  private CommonWords() {}

  /**
   * Reads token files (the token in the first TAB-separated column, a blank line between
   * sentences, {@code #doc} lines between documents) and returns the lower-cased words seen at
   * least {@code minCount} times of which at least {@code minLowercaseShare} were written in
   * lower case. Sentence-initial tokens are not counted: their capital says nothing about the word.
   */
  static Set<String> read(List<Path> files, int minCount, double minLowercaseShare) throws IOException {
    Map<String, int[]> counts = new HashMap<>(); // lower-cased word -> {occurrences, occurrences in lower case}
    for (Path file : files) {
      boolean sentenceStart = true;
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line; (line = reader.readLine()) != null; ) {
          if (line.isEmpty() || line.startsWith("#doc")) {
            sentenceStart = true;
            continue;
          }
          if (!sentenceStart) {
            int tab = line.indexOf('\t');
            String token = tab < 0 ? line : line.substring(0, tab);
            String lower = token.toLowerCase(Locale.ROOT);
            int[] c = counts.computeIfAbsent(lower, k -> new int[2]);
            c[0]++;
            if (token.equals(lower)) {
              c[1]++;
            }
          }
          sentenceStart = false;
        }
      }
    }
    Set<String> common = new HashSet<>();
    counts.forEach((word, c) -> {
      if (c[0] >= minCount && (double) c[1] / c[0] >= minLowercaseShare) {
        common.add(word);
      }
    });
    return common;
  }
}
