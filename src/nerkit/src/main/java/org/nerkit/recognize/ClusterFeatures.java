package org.nerkit.recognize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The Brown cluster feature strings of features-v3, built once per model: per word, the
 * strings {@code browncluster=}, {@code p1browncluster=} and {@code n1browncluster=} of its
 * path prefixes, and {@code c,browncluster=} with each token shape.
 *
 * <p>Why: building these strings for every token, and finding the word in a sorted map, took
 * about a fifth of recognition time with a features-v3 model. Words of one cluster share one
 * {@link Path}, so the table holds a few thousand strings, not one set per word. Immutable,
 * shared by every decoder of the model.
 */
final class ClusterFeatures {
  /** OpenNLP's {@code BrownTokenClasses.pathLengths}. */
  private static final int[] CLUSTER_PREFIXES = {4, 6, 10, 20};
  /** The shapes {@code FeatureGeneratorUtil.tokenFeature} returns; any other is built on demand. */
  private static final String[] SHAPES = {"jah", "jak", "lc", "2d", "4d", "num", "an", "dd", "ds", "dc", "dp", "sc", "ac", "ic",
      "cp", "other"};

  /** The features one cluster path gives; empty arrays for a word without a cluster. */
  record Path(String[] current, String[] previous, String[] next, String[] prefixes, Map<String, String[]> withShape) {
    static final Path NONE = new Path(new String[0], new String[0], new String[0], new String[0], Map.of());

    /** {@code c,browncluster=SHAPE,PREFIX} for each prefix. */
    String[] withShape(String shape) {
      String[] built = withShape.get(shape);
      if (built != null) {
        return built;
      }
      String[] result = new String[prefixes.length];
      for (int k = 0; k < prefixes.length; k++) {
        result[k] = "c,browncluster=" + shape + "," + prefixes[k];
      }
      return result;
    }
  }

  private final Map<String, Path> byWord;

  ClusterFeatures(Map<String, String> clusters) {
    Map<String, Path> byPath = new HashMap<>();
    byWord = new HashMap<>(clusters.size() * 4 / 3 + 1);
    for (Map.Entry<String, String> entry : clusters.entrySet()) {
      byWord.put(entry.getKey(), byPath.computeIfAbsent(entry.getValue(), ClusterFeatures::path));
    }
  }

  /** The word's cluster features ({@link Path#NONE} for a word without a cluster). */
  Path of(String word) {
    return byWord.getOrDefault(word, Path.NONE);
  }

  private static Path path(String bits) {
    String[] prefixes = prefixes(bits);
    Map<String, String[]> withShape = new HashMap<>();
    for (String shape : SHAPES) {
      String[] features = new String[prefixes.length];
      for (int k = 0; k < prefixes.length; k++) {
        features[k] = "c,browncluster=" + shape + "," + prefixes[k];
      }
      withShape.put(shape, features);
    }
    return new Path(prefixed("browncluster=", prefixes), prefixed("p1browncluster=", prefixes),
        prefixed("n1browncluster=", prefixes), prefixes, Map.copyOf(withShape));
  }

  private static String[] prefixed(String name, String[] prefixes) {
    String[] features = new String[prefixes.length];
    for (int k = 0; k < prefixes.length; k++) {
      features[k] = name + prefixes[k];
    }
    return features;
  }

  /** OpenNLP's {@code BrownTokenClasses.getWordClasses}: the path cut at 4, then 6, 10, 20 while the path is longer than the last cut. */
  static String[] prefixes(String path) {
    String[] result = new String[CLUSTER_PREFIXES.length];
    int n = 0;
    result[n++] = path.substring(0, Math.min(path.length(), CLUSTER_PREFIXES[0]));
    for (int k = 1; k < CLUSTER_PREFIXES.length && CLUSTER_PREFIXES[k - 1] < path.length(); k++) {
      result[n++] = path.substring(0, Math.min(path.length(), CLUSTER_PREFIXES[k]));
    }
    return Arrays.copyOf(result, n);
  }
}
