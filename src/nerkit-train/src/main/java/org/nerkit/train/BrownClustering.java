package org.nerkit.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Brown clustering with a window of active clusters, the algorithm of Percy Liang's
 * {@code wcluster} (Liang 2005, "Semi-supervised learning for natural language", section 3.2):
 * words are taken in order of frequency; the first {@code C} each start a cluster; each further
 * word starts cluster C+1 and the pair of the C+1 whose merge loses the least average mutual
 * information between adjacent clusters is merged. When all words are in, the C clusters are
 * merged down to one, and that merge tree gives each cluster its bit string (left 0, right 1).
 *
 * <p>Merge losses of all pairs are kept; after a merge, the losses of pairs not involving it are
 * updated in O(1) each (only their terms with the two merged clusters change), so a merge costs
 * O(C^2) (Brown et al. 1992, section 3). Mutual information uses the words' unigram counts as
 * both marginals, as {@code wcluster} does; bigrams of words not yet added are left out until
 * they are.
 *
 * <p>Deterministic: words of equal count are taken in alphabetical order, and of pairs with equal
 * loss the one with the lowest slot indices is merged. The inner loops run in parallel, but each
 * loss is written by one task with a fixed order of operations, so results do not depend on
 * thread timing.
 */
final class BrownClustering {
  /** The clusters found: each word's bit string, and the words in order of frequency. */
  record Result(Map<String, String> paths, Map<String, Integer> counts, int clusters, int minCount) {}

  private final int slots;
  private final int[][] n;
  private final int[] count;
  private final double[] lgCount;
  private final double[][] q;
  private final double[][] loss;
  private final boolean[] active;
  /** Natural logarithms of 0..total, so that the inner loops do no {@code Math.log}. */
  private final double[] lg;

  private BrownClustering(int slots, long total) {
    this.slots = slots;
    n = new int[slots][slots];
    count = new int[slots];
    lgCount = new double[slots];
    q = new double[slots][slots];
    loss = new double[slots][slots];
    active = new boolean[slots];
    lg = new double[Math.toIntExact(total + 1)];
    for (int k = 1; k < lg.length; k++) {
      lg[k] = Math.log(k);
    }
  }

  /**
   * Clusters the words that occur at least {@code minCount} times in {@code sequences} (sentences;
   * no bigram crosses from one to the next) into at most {@code clusters} clusters.
   */
  static Result cluster(Iterable<? extends List<String>> sequences, int clusters, int minCount) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (List<String> sequence : sequences) {
      for (String word : sequence) {
        frequencies.merge(word, 1, Integer::sum);
      }
    }
    List<String> vocabulary = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : frequencies.entrySet()) {
      if (entry.getValue() >= minCount) {
        vocabulary.add(entry.getKey());
      }
    }
    vocabulary.sort(Comparator.comparing((String word) -> -frequencies.get(word)).thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> ids = new HashMap<>();
    for (String word : vocabulary) {
      ids.put(word, ids.size());
    }
    int words = vocabulary.size();
    int[] wordCount = new int[words];
    long total = 0;
    for (int w = 0; w < words; w++) {
      wordCount[w] = frequencies.get(vocabulary.get(w));
      total += wordCount[w];
    }
    // Word bigrams, both directions, as id pairs packed in a long.
    Map<Long, Integer> bigrams = new HashMap<>();
    for (List<String> sequence : sequences) {
      Integer previous = null;
      for (String word : sequence) {
        Integer id = ids.get(word);
        if (previous != null && id != null) {
          bigrams.merge(((long) previous << 32) | id, 1, Integer::sum);
        }
        previous = id;
      }
    }
    int[][] right = new int[words][];
    int[][] left = new int[words][];
    int[] rightSize = new int[words];
    int[] leftSize = new int[words];
    for (long pair : bigrams.keySet()) {
      rightSize[(int) (pair >>> 32)]++;
      leftSize[(int) pair]++;
    }
    for (int w = 0; w < words; w++) {
      right[w] = new int[2 * rightSize[w]];
      left[w] = new int[2 * leftSize[w]];
      rightSize[w] = 0;
      leftSize[w] = 0;
    }
    for (Map.Entry<Long, Integer> entry : bigrams.entrySet()) {
      int a = (int) (entry.getKey() >>> 32);
      int b = (int) (long) entry.getKey();
      right[a][rightSize[a]++] = b;
      right[a][rightSize[a]++] = entry.getValue();
      left[b][leftSize[b]++] = a;
      left[b][leftSize[b]++] = entry.getValue();
    }

    if (words == 0 || clusters < 1) {
      throw new IllegalArgumentException("nothing to cluster: " + words + " words of count >= " + minCount + ", " + clusters + " clusters");
    }
    int active = Math.min(clusters, words);
    BrownClustering state = new BrownClustering(active + 1, total);
    int[] slotOfWord = new int[words];
    Arrays.fill(slotOfWord, -1);
    List<List<Integer>> members = new ArrayList<>();
    for (int s = 0; s <= active; s++) {
      members.add(new ArrayList<>());
    }
    for (int w = 0; w < active; w++) {
      state.addWord(w, w, wordCount, right, left, slotOfWord);
      members.get(w).add(w);
    }
    for (int s = 0; s < active; s++) {
      state.refreshQ(s);
    }
    IntStream.range(0, active).parallel().forEach(s -> {
      for (int t = s + 1; t < active; t++) {
        state.loss[s][t] = state.directLoss(s, t);
      }
    });
    int free = active;
    for (int w = active; w < words; w++) {
      int slot = free;
      state.addWord(slot, w, wordCount, right, left, slotOfWord);
      members.get(slot).add(w);
      state.refreshQ(slot);
      state.updateForNewCluster(slot);
      IntStream.range(0, state.slots).parallel().forEach(a -> {
        if (a != slot && state.active[a]) {
          state.setLoss(a, slot, state.directLoss(Math.min(a, slot), Math.max(a, slot)));
        }
      });
      int[] pair = state.bestPair();
      state.merge(pair[0], pair[1]);
      for (int word : members.get(pair[1])) {
        slotOfWord[word] = pair[0];
      }
      members.get(pair[0]).addAll(members.get(pair[1]));
      members.get(pair[1]).clear();
      free = pair[1];
      if ((w + 1) % 5000 == 0) {
        System.err.printf("brown: %,d of %,d words%n", w + 1, words);
      }
    }

    // The final clusters merged down to one; the merge tree gives the bit strings.
    String[] path = new String[state.slots];
    Map<Integer, int[]> children = new HashMap<>();
    int[] node = new int[state.slots];
    for (int s = 0; s < state.slots; s++) {
      node[s] = s;
    }
    int nextNode = state.slots;
    int remaining = active;
    while (remaining > 1) {
      int[] pair = state.bestPair();
      state.merge(pair[0], pair[1]);
      children.put(nextNode, new int[] {node[pair[0]], node[pair[1]]});
      node[pair[0]] = nextNode++;
      remaining--;
    }
    int root = -1;
    for (int s = 0; s < state.slots; s++) {
      if (state.active[s]) {
        root = node[s];
      }
    }
    assignPaths(root, "", children, path);
    Map<String, String> paths = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int s = 0; s < state.slots; s++) {
      for (int w : members.get(s)) {
        // A single cluster has the empty path; OpenNLP needs at least one bit.
        paths.put(vocabulary.get(w), path[s].isEmpty() ? "0" : path[s]);
      }
    }
    for (int w = 0; w < words; w++) {
      counts.put(vocabulary.get(w), wordCount[w]);
    }
    return new Result(paths, counts, active, minCount);
  }

  private static void assignPaths(int root, String prefix, Map<Integer, int[]> children, String[] path) {
    // Iterative: the tree of C clusters can be C deep.
    List<Object[]> stack = new ArrayList<>();
    stack.add(new Object[] {root, prefix});
    while (!stack.isEmpty()) {
      Object[] top = stack.remove(stack.size() - 1);
      int id = (int) top[0];
      String bits = (String) top[1];
      int[] pair = children.get(id);
      if (pair == null) {
        path[id] = bits;
      } else {
        stack.add(new Object[] {pair[1], bits + "1"});
        stack.add(new Object[] {pair[0], bits + "0"});
      }
    }
  }

  /** Puts word {@code w} alone into the empty {@code slot}, with its bigrams to the words already added. */
  private void addWord(int slot, int w, int[] wordCount, int[][] right, int[][] left, int[] slotOfWord) {
    Arrays.fill(n[slot], 0);
    for (int a = 0; a < slots; a++) {
      n[a][slot] = 0;
    }
    slotOfWord[w] = slot;
    count[slot] = wordCount[w];
    lgCount[slot] = lg[count[slot]];
    active[slot] = true;
    for (int k = 0; k < right[w].length; k += 2) {
      int other = slotOfWord[right[w][k]];
      if (other >= 0) {
        n[slot][other] += right[w][k + 1];
      }
    }
    for (int k = 0; k < left[w].length; k += 2) {
      int other = slotOfWord[left[w][k]];
      if (other >= 0 && left[w][k] != w) { // (w, w) was counted from the right
        n[other][slot] += left[w][k + 1];
      }
    }
  }

  /** Mutual-information term of a bigram count between clusters with these log counts (times the total). */
  private double term(int bigrams, double lgLeft, double lgRight) {
    return bigrams == 0 ? 0.0 : bigrams * (lg[bigrams] - lgLeft - lgRight);
  }

  private void refreshQ(int s) {
    for (int a = 0; a < slots; a++) {
      if (active[a]) {
        q[s][a] = term(n[s][a], lgCount[s], lgCount[a]);
        q[a][s] = term(n[a][s], lgCount[a], lgCount[s]);
      }
    }
  }

  private void setLoss(int a, int b, double value) {
    loss[Math.min(a, b)][Math.max(a, b)] = value;
  }

  /** Mutual information lost by merging s and t: their terms before, minus those of the merged cluster. */
  private double directLoss(int s, int t) {
    double lgMerged = lg[count[s] + count[t]];
    double before = -q[s][s] - q[t][t] - q[s][t] - q[t][s];
    double after = term(n[s][s] + n[s][t] + n[t][s] + n[t][t], lgMerged, lgMerged);
    for (int a = 0; a < slots; a++) {
      if (!active[a]) {
        continue;
      }
      before += q[s][a] + q[a][s] + q[t][a] + q[a][t];
      if (a != s && a != t) {
        after += term(n[s][a] + n[t][a], lgMerged, lgCount[a]) + term(n[a][s] + n[a][t], lgCount[a], lgMerged);
      }
    }
    return before - after;
  }

  private int[] bestPair() {
    int bestS = -1;
    int bestT = -1;
    double best = Double.POSITIVE_INFINITY;
    for (int s = 0; s < slots; s++) {
      if (!active[s]) {
        continue;
      }
      for (int t = s + 1; t < slots; t++) {
        if (active[t] && loss[s][t] < best) {
          best = loss[s][t];
          bestS = s;
          bestT = t;
        }
      }
    }
    return new int[] {bestS, bestT};
  }

  /**
   * A new cluster in slot k adds terms with k to every other pair's loss: before, between k and
   * each of the two; after, between k and their union.
   */
  private void updateForNewCluster(int k) {
    IntStream.range(0, slots).parallel().forEach(s -> {
      if (!active[s] || s == k) {
        return;
      }
      double withS = q[s][k] + q[k][s];
      for (int t = s + 1; t < slots; t++) {
        if (active[t] && t != k) {
          double lgST = lg[count[s] + count[t]];
          double after = term(n[s][k] + n[t][k], lgST, lgCount[k]) + term(n[k][s] + n[k][t], lgCount[k], lgST);
          loss[s][t] += withS + q[t][k] + q[k][t] - after;
        }
      }
    });
  }

  /** Merges slot j into slot i (i < j), updating every other pair's loss incrementally. */
  private void merge(int i, int j) {
    int merged = count[i] + count[j];
    double lgM = lg[merged];
    // The new terms between each other cluster and the merged one, and how each cluster's own terms change.
    double[] toMerged = new double[slots];
    double[] fromMerged = new double[slots];
    double[] delta = new double[slots];
    for (int s = 0; s < slots; s++) {
      if (active[s] && s != i && s != j) {
        toMerged[s] = term(n[s][i] + n[s][j], lgCount[s], lgM);
        fromMerged[s] = term(n[i][s] + n[j][s], lgM, lgCount[s]);
        delta[s] = toMerged[s] + fromMerged[s] - q[s][i] - q[i][s] - q[s][j] - q[j][s];
      }
    }
    IntStream.range(0, slots).parallel().forEach(s -> {
      if (!active[s] || s == i || s == j) {
        return;
      }
      int[] rowS = n[s];
      for (int t = s + 1; t < slots; t++) {
        if (!active[t] || t == i || t == j) {
          continue;
        }
        int[] rowT = n[t];
        double lgST = lg[count[s] + count[t]];
        int stI = rowS[i] + rowT[i];
        int iST = n[i][s] + n[i][t];
        int stJ = rowS[j] + rowT[j];
        int jST = n[j][s] + n[j][t];
        double afterNow = term(stI + stJ, lgST, lgM) + term(iST + jST, lgM, lgST);
        double afterBefore = term(stI, lgST, lgCount[i]) + term(iST, lgCount[i], lgST)
            + term(stJ, lgST, lgCount[j]) + term(jST, lgCount[j], lgST);
        loss[s][t] += delta[s] + delta[t] - (afterNow - afterBefore);
      }
    });
    int self = n[i][i] + n[i][j] + n[j][i] + n[j][j];
    for (int a = 0; a < slots; a++) {
      n[i][a] += n[j][a];
      n[a][i] += n[a][j];
      n[j][a] = 0;
      n[a][j] = 0;
    }
    n[i][i] = self;
    count[i] = merged;
    lgCount[i] = lgM;
    count[j] = 0;
    active[j] = false;
    for (int s = 0; s < slots; s++) {
      if (active[s] && s != i) {
        q[s][i] = toMerged[s];
        q[i][s] = fromMerged[s];
      }
    }
    q[i][i] = term(self, lgM, lgM);
    IntStream.range(0, slots).parallel().forEach(a -> {
      if (a != i && active[a]) {
        setLoss(a, i, directLoss(Math.min(a, i), Math.max(a, i)));
      }
    });
  }
}
