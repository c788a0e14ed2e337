package org.nerkit.train.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.nerkit.lexicon.LexiconKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Spherical k-means over the 50-d embeddings: vectors are L2-normalized, a point goes to the
 * centroid of highest cosine, a centroid is the normalized mean of its points. Seeding is
 * k-means++ (D^2 sampling with D^2 = 2 - 2 cos) from a fixed seed; the computation is single
 * threaded and visits points in file (sorted-word) order, so a run is reproducible bit for bit.
 *
 * <p>The centroids are fitted on a <em>training vocabulary</em> (see {@link #selectTraining}):
 * the embedding words that occur in the given text files (training corpora, unlabelled news; the
 * dev sets are deliberately not used) or in a Brown-cluster vocabulary (the only frequency signal
 * these lexica carry: a word has a Brown cluster only if it occurred in a large corpus). Then
 * <em>every</em> embedding word is assigned to its nearest centroid, so that names never seen in
 * any of our text still get a cluster. Output per k: {@code word TAB clusterId}, sorted by word.
 */
@Command(name = "kmeans", mixinStandardHelpOptions = true, description = "Spherical k-means clusters of the embeddings.")
final class EmbeddingKMeans implements Callable<Integer> {

  @Option(names = "--embeddings", required = true, description = "The embeddings, as convert writes them (embeddings-50d.bin).")
  Path embeddings;

  @Option(names = "--k", split = ",", defaultValue = "100,500,1000", description = "Cluster counts (default ${DEFAULT-VALUE}).")
  int[] ks;

  @Option(names = "--seed", defaultValue = "20240517", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--max-iterations", defaultValue = "40", description = "At most this many iterations (default ${DEFAULT-VALUE}).")
  int maxIterations;

  @Option(names = "--tolerance", defaultValue = "0.001",
      description = "Stop when fewer than this share of the training points change cluster (default ${DEFAULT-VALUE}).")
  double tolerance;

  @Option(names = "--text", description = "Token files (TSV, token in column 1) or plain text whose words select the training vocabulary.")
  List<Path> texts = new ArrayList<>();

  @Option(names = "--vocab", description = "Word lists (TSV, word in column 1) whose words select the training vocabulary"
      + " (compared after lower-casing).")
  List<Path> vocabularies = new ArrayList<>();

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    EmbeddingFile.Embeddings e = EmbeddingFile.read(embeddings);
    int n = e.size();
    int dim = e.dim();
    float[] x = e.matrix(); // normalized in place: the raw vectors are not needed again
    for (int i = 0; i < n; i++) {
      normalize(x, i * dim, dim);
    }
    int[] training = selectTraining(e.words());
    Stats stats = new Stats("embedding-kmeans");
    stats.put("embedding_words", n);
    stats.put("training_words", training.length);
    stats.put("seed", seed);
    stats.put("load_seconds", Stats.seconds(t0));
    System.err.printf("%d words, %d in the training vocabulary%n", n, training.length);
    for (int k : ks) {
      if (k < 1 || k > training.length) {
        throw new CommandLine.ParameterException(new CommandLine(this),
            "--k " + k + ": need 1 to " + training.length + " clusters (the training vocabulary's size; see --text, --vocab)");
      }
    }

    for (int k : ks) {
      long t1 = System.nanoTime();
      float[] c = kMeansPlusPlus(x, dim, training, k, new SplittableRandom(seed));
      int[] assign = new int[training.length];
      Arrays.fill(assign, -1);
      int iteration = 0;
      double meanCos = 0;
      while (iteration < maxIterations) {
        iteration++;
        int changed = 0;
        double cosSum = 0;
        for (int t = 0; t < training.length; t++) {
          int best = nearest(x, training[t] * dim, c, k, dim);
          cosSum += dot(x, training[t] * dim, c, best * dim, dim);
          if (best != assign[t]) {
            assign[t] = best;
            changed++;
          }
        }
        meanCos = cosSum / training.length;
        recomputeCentroids(x, dim, training, assign, c, k);
        System.err.printf("k=%d iteration %d: %d changed, mean cosine %.4f, %.0f s%n", k, iteration, changed,
            meanCos, (System.nanoTime() - t1) / 1e9);
        if (changed < tolerance * training.length) {
          break;
        }
      }
      // Assign all words (training words included, against the final centroids).
      int[] all = new int[n];
      int[] sizes = new int[k];
      for (int i = 0; i < n; i++) {
        all[i] = nearest(x, i * dim, c, k, dim);
        sizes[all[i]]++;
      }
      Path file = out.resolve("embedding-kmeans-k" + k + ".tsv");
      try (TsvWriter w = new TsvWriter(file)) {
        for (int i = 0; i < n; i++) {
          w.row(e.words()[i], Integer.toString(all[i]));
        }
        w.commit();
      }
      int[] sorted = sizes.clone();
      Arrays.sort(sorted);
      stats.put("k" + k + "_iterations", iteration);
      stats.put("k" + k + "_training_mean_cosine_to_centroid", String.format(Locale.ROOT, "%.4f", meanCos));
      stats.put("k" + k + "_cluster_size_min_median_max(all words)",
          sorted[0] + " / " + sorted[k / 2] + " / " + sorted[k - 1]);
      stats.put("k" + k + "_seconds", Stats.seconds(t1));
      for (String probe : List.of("Paris", "Clinton", "Microsoft", "Kazakhstan", "Tuesday")) {
        int idx = Arrays.binarySearch(e.words(), probe);
        if (idx >= 0) {
          stats.put("k" + k + "_sample[" + probe + "]", sample(e.words(), all, all[idx], probe));
        }
      }
    }
    stats.put("total_seconds", Stats.seconds(t0));
    stats.save(out.resolve("stats"));
    return 0;
  }

  /** Up to 12 members of cluster {@code c} that are in the training vocabulary order. */
  private static String sample(String[] words, int[] assign, int c, String probe) {
    List<String> s = new ArrayList<>();
    s.add("cluster " + c + ":");
    int stride = Math.max(1, words.length / 50_000);
    for (int i = 0; i < words.length && s.size() < 13; i += stride) {
      if (assign[i] == c && !words[i].equals(probe) && words[i].chars().allMatch(Character::isLetter)) {
        s.add(words[i]);
      }
    }
    return String.join(" ", s);
  }

  /** Indices of the embedding words that form the training vocabulary. */
  int[] selectTraining(String[] words) throws IOException {
    Set<String> exact = new HashSet<>();
    for (Path p : texts) {
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.indexOf('\t') >= 0) {
            exact.add(LexiconKeys.digitsZero(line.substring(0, line.indexOf('\t'))));
          } else {
            // plain text: whitespace tokens, also with leading/trailing punctuation removed
            for (String t : line.split("\\s+")) {
              exact.add(LexiconKeys.digitsZero(t));
              exact.add(LexiconKeys.digitsZero(t.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "")));
            }
          }
        }
      }
    }
    Set<String> lower = new HashSet<>();
    for (Path p : vocabularies) {
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          int tab = line.indexOf('\t');
          lower.add(LexiconKeys.digitsZero((tab >= 0 ? line.substring(0, tab) : line)).toLowerCase(Locale.ROOT));
        }
      }
    }
    int[] idx = new int[words.length];
    int m = 0;
    for (int i = 0; i < words.length; i++) {
      if (exact.contains(words[i]) || lower.contains(words[i].toLowerCase(Locale.ROOT))) {
        idx[m++] = i;
      }
    }
    return Arrays.copyOf(idx, m);
  }

  private static void normalize(float[] x, int off, int dim) {
    double s = 0;
    for (int j = 0; j < dim; j++) {
      s += (double) x[off + j] * x[off + j];
    }
    float inv = s > 0 ? (float) (1 / Math.sqrt(s)) : 0f;
    for (int j = 0; j < dim; j++) {
      x[off + j] *= inv;
    }
  }

  private static float dot(float[] a, int ao, float[] b, int bo, int dim) {
    float s = 0;
    for (int j = 0; j < dim; j++) {
      s += a[ao + j] * b[bo + j];
    }
    return s;
  }

  private static int nearest(float[] x, int off, float[] c, int k, int dim) {
    int best = 0;
    float bestDot = Float.NEGATIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      float d = dot(x, off, c, j * dim, dim);
      if (d > bestDot) {
        bestDot = d;
        best = j;
      }
    }
    return best;
  }

  /** k-means++ seeding over the training points, with D^2 = 2 - 2 cos. */
  private static float[] kMeansPlusPlus(float[] x, int dim, int[] training, int k, SplittableRandom random) {
    int m = training.length;
    float[] c = new float[k * dim];
    double[] d2 = new double[m];
    int first = training[random.nextInt(m)];
    System.arraycopy(x, first * dim, c, 0, dim);
    double total = 0;
    for (int t = 0; t < m; t++) {
      d2[t] = Math.max(0, 2 - 2 * dot(x, training[t] * dim, c, 0, dim));
      total += d2[t];
    }
    for (int j = 1; j < k; j++) {
      double r = random.nextDouble() * total;
      int pick = m - 1;
      for (int t = 0; t < m; t++) {
        r -= d2[t];
        if (r <= 0) {
          pick = t;
          break;
        }
      }
      System.arraycopy(x, training[pick] * dim, c, j * dim, dim);
      total = 0;
      for (int t = 0; t < m; t++) {
        double d = Math.max(0, 2 - 2 * dot(x, training[t] * dim, c, j * dim, dim));
        if (d < d2[t]) {
          d2[t] = d;
        }
        total += d2[t];
      }
    }
    return c;
  }

  /** Normalized means; an empty cluster takes the training point farthest from its centroid. */
  private static void recomputeCentroids(float[] x, int dim, int[] training, int[] assign, float[] c, int k) {
    double[] sum = new double[k * dim];
    int[] size = new int[k];
    for (int t = 0; t < training.length; t++) {
      int a = assign[t];
      size[a]++;
      int off = training[t] * dim;
      for (int j = 0; j < dim; j++) {
        sum[a * dim + j] += x[off + j];
      }
    }
    for (int a = 0; a < k; a++) {
      if (size[a] == 0) {
        int far = 0;
        float farDot = Float.POSITIVE_INFINITY;
        for (int t = 0; t < training.length; t++) {
          float d = dot(x, training[t] * dim, c, assign[t] * dim, dim);
          if (d < farDot) {
            farDot = d;
            far = t;
          }
        }
        System.arraycopy(x, training[far] * dim, c, a * dim, dim);
        continue;
      }
      for (int j = 0; j < dim; j++) {
        c[a * dim + j] = (float) sum[a * dim + j];
      }
      normalize(c, a * dim, dim);
    }
  }
}
