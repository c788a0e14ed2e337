package org.nerkit.train.lexicon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts the NLP4J word embeddings ({@code HashMap<String, float[]>}, xz, Java-serialized)
 * into an {@link EmbeddingFile} ({@code embeddings-50d.bin}).
 *
 * <p>Keys are in NLP4J's "undigitalized" form: every ASCII digit is written as {@code 0}, case is
 * kept, which is {@link org.nerkit.lexicon.LexiconKeys.Form#DIGITS_ZERO}.
 */
public final class EmbeddingConverter {

  private EmbeddingConverter() {}

  public static void convert(Path lexica, Path output, Stats stats) throws IOException {
    long t0 = System.nanoTime();
    @SuppressWarnings("unchecked")
    Map<String, float[]> map = SerializedLexicon.read(lexica, Sources.NLP4J_EMBEDDINGS, HashMap.class);
    stats.put("source", Sources.NLP4J_EMBEDDINGS.toString());
    stats.put("read_seconds", Stats.seconds(t0));
    stats.put("words_in_source", map.size());

    TreeMap<String, float[]> sorted = new TreeMap<>(map);
    int dim = -1;
    double normSum = 0;
    double normMin = Double.MAX_VALUE;
    double normMax = 0;
    Set<String> lower = new HashSet<>();
    List<String> words = new ArrayList<>(sorted.size());
    List<float[]> vectors = new ArrayList<>(sorted.size());
    for (Map.Entry<String, float[]> e : sorted.entrySet()) {
      String w = e.getKey();
      float[] v = e.getValue();
      if (dim < 0) {
        dim = v.length;
      }
      if (v.length != dim) {
        stats.inc("skipped_wrong_dimension");
        continue;
      }
      boolean finite = true;
      double sq = 0;
      for (float f : v) {
        finite &= Float.isFinite(f);
        sq += (double) f * f;
      }
      if (!finite) {
        stats.inc("skipped_non_finite");
        continue;
      }
      if (w.isEmpty() || w.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 65535) {
        stats.inc("skipped_bad_word");
        continue;
      }
      double norm = Math.sqrt(sq);
      normSum += norm;
      normMin = Math.min(normMin, norm);
      normMax = Math.max(normMax, norm);
      if (norm == 0) {
        stats.inc("zero_vectors");
      }
      if (w.chars().anyMatch(c -> c >= '1' && c <= '9')) {
        stats.inc("words_with_digit_other_than_0");
      }
      if (w.chars().anyMatch(c -> c == '0')) {
        stats.inc("words_with_0");
      }
      if (!w.toLowerCase(Locale.ROOT).equals(w)) {
        stats.inc("words_with_uppercase");
      }
      if (!lower.add(w.toLowerCase(Locale.ROOT))) {
        stats.inc("words_sharing_lowercase_form_with_another");
      }
      if (w.chars().anyMatch(Character::isWhitespace)) {
        stats.inc("words_with_whitespace");
      }
      if (w.chars().anyMatch(c -> c > 127)) {
        stats.inc("words_with_non_ascii");
      }
      words.add(w);
      vectors.add(v);
    }
    map.clear();
    stats.put("dimension", dim);
    stats.put("vector_norm_min", String.format(Locale.ROOT, "%.4f", normMin));
    stats.put("vector_norm_mean", String.format(Locale.ROOT, "%.4f", normSum / words.size()));
    stats.put("vector_norm_max", String.format(Locale.ROOT, "%.4f", normMax));
    EmbeddingFile.write(output, words, vectors, dim);
    stats.put("rows_written", words.size());
    stats.put("total_seconds", Stats.seconds(t0));
  }
}
