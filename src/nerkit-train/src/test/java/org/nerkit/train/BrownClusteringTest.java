package org.nerkit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BrownClusteringTest {

  /** Sentences "DET NOUN VERB ADV ." with words drawn at random: words of one slot are interchangeable. */
  private static List<List<String>> grammar(int sentences, long seed) {
    String[][] slots = {
        {"the", "a", "this", "every"},
        {"dog", "cat", "cow", "horse", "sheep"},
        {"runs", "sleeps", "eats", "waits"},
        {"quickly", "slowly", "today", "again"},
        {".", "!"}};
    Random random = new Random(seed);
    List<List<String>> corpus = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      List<String> sentence = new ArrayList<>();
      for (String[] choices : slots) {
        // Skewed choice, so that words have distinct frequencies.
        sentence.add(choices[Math.min(choices.length - 1, (int) (choices.length * Math.pow(random.nextDouble(), 1.5)))]);
      }
      corpus.add(sentence);
    }
    return corpus;
  }

  private static int commonPrefix(String a, String b) {
    int k = 0;
    while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    return k;
  }

  @Test
  void interchangeableWordsShareLongerPrefixes() {
    for (int clusters : new int[] {5, 8, 30}) {
      BrownClustering.Result result = BrownClustering.cluster(grammar(3000, 7), clusters, 1);
      Map<String, String> paths = result.paths();
      assertEquals(19, paths.size());
      List<List<String>> groups = List.of(List.of("the", "a", "this", "every"), List.of("dog", "cat", "cow", "horse", "sheep"),
          List.of("runs", "sleeps", "eats", "waits"), List.of("quickly", "slowly", "today", "again"));
      for (List<String> group : groups) {
        for (String word : group) {
          for (String same : group) {
            for (List<String> other : groups) {
              if (other != group) {
                for (String different : other) {
                  assertTrue(commonPrefix(paths.get(word), paths.get(same)) > commonPrefix(paths.get(word), paths.get(different)),
                      () -> "C=" + clusters + ": " + word + " " + same + " " + different + " " + paths);
                }
              }
            }
          }
        }
      }
    }
  }

  @Test
  void deterministicAndMinCountApplies() {
    List<List<String>> corpus = new ArrayList<>(grammar(500, 3));
    corpus.add(List.of("once", "the", "dog"));
    BrownClustering.Result first = BrownClustering.cluster(corpus, 4, 2);
    assertEquals(first, BrownClustering.cluster(corpus, 4, 2));
    assertTrue(!first.paths().containsKey("once"));
    assertTrue(first.paths().values().stream().distinct().count() <= 4);
  }

  /**
   * The incremental loss updates against a brute-force version of the same greedy algorithm that
   * recomputes the whole mutual information for every candidate merge: same clusters.
   */
  @Test
  void sameMergesAsBruteForce() {
    Random random = new Random(11);
    List<List<String>> corpus = new ArrayList<>();
    for (int s = 0; s < 400; s++) {
      List<String> sentence = new ArrayList<>();
      int length = 3 + random.nextInt(8);
      for (int k = 0; k < length; k++) {
        // Zipf-like vocabulary of 40 words with a little structure: word k is often followed by k+1.
        int word = sentence.isEmpty() || random.nextInt(3) == 0 ? (int) (40 * Math.pow(random.nextDouble(), 2))
            : (Integer.parseInt(sentence.get(sentence.size() - 1).substring(1)) + 1) % 40;
        sentence.add("w" + word);
      }
      corpus.add(sentence);
    }
    for (int clusters : new int[] {4, 9}) {
      BrownClustering.Result fast = BrownClustering.cluster(corpus, clusters, 1);
      List<Map<String, List<String>>> slow = bruteForce(corpus, clusters, new ArrayList<>(fast.counts().keySet()));
      assertEquals(slow.get(0), partition(fast.paths(), Integer.MAX_VALUE), "C=" + clusters + " after the windowed phase");
      assertEquals(slow.get(1), partition(fast.paths(), 1), "C=" + clusters + " top split");
    }
  }

  /** Words grouped by the first {@code bits} bits of their path. */
  private static Map<String, List<String>> partition(Map<String, String> paths, int bits) {
    Map<String, List<String>> groups = new java.util.TreeMap<>();
    paths.forEach((word, path) -> groups.computeIfAbsent(path.substring(0, Math.min(bits, path.length())), p -> new ArrayList<>()).add(word));
    return canonical(groups.values());
  }

  /** Groups keyed by their alphabetically first word, each sorted. */
  private static Map<String, List<String>> canonical(java.util.Collection<List<String>> groups) {
    Map<String, List<String>> result = new java.util.TreeMap<>();
    for (List<String> group : groups) {
      if (!group.isEmpty()) {
        List<String> sorted = new ArrayList<>(group);
        java.util.Collections.sort(sorted);
        result.put(sorted.get(0), sorted);
      }
    }
    return result;
  }

  /**
   * The windowed algorithm with every loss computed from scratch, the same tie order: the
   * clusters at the end of the windowed phase, and the two clusters before the last merge.
   */
  private static List<Map<String, List<String>>> bruteForce(List<List<String>> corpus, int clusters, List<String> byFrequency) {
    int words = byFrequency.size();
    int slots = clusters + 1;
    Map<String, Integer> id = new HashMap<>();
    byFrequency.forEach(w -> id.put(w, id.size()));
    int[] slotOf = new int[words];
    Arrays.fill(slotOf, -1);
    for (int w = 0; w < clusters; w++) {
      slotOf[w] = w;
    }
    int free = clusters;
    List<Map<String, List<String>>> snapshots = new ArrayList<>();
    int remaining = clusters;
    for (int w = clusters; ; w++) {
      if (w < words) {
        slotOf[w] = free;
      } else if (w == words) {
        snapshots.add(groups(slotOf, byFrequency, slots));
      }
      if (w >= words && remaining == 2) {
        snapshots.add(groups(slotOf, byFrequency, slots));
        return snapshots;
      }
      double base = mutualInformation(corpus, id, slotOf, slots, -1, -1);
      double best = Double.POSITIVE_INFINITY;
      int bs = -1;
      int bt = -1;
      for (int s = 0; s < slots; s++) {
        for (int t = s + 1; t < slots; t++) {
          if (occupied(slotOf, s) && occupied(slotOf, t)) {
            double loss = base - mutualInformation(corpus, id, slotOf, slots, s, t);
            if (loss < best - 1e-9) {
              best = loss;
              bs = s;
              bt = t;
            }
          }
        }
      }
      for (int k = 0; k < words; k++) {
        if (slotOf[k] == bt) {
          slotOf[k] = bs;
        }
      }
      free = bt;
      if (w >= words) {
        remaining--;
      }
    }
  }

  private static boolean occupied(int[] slotOf, int slot) {
    return Arrays.stream(slotOf).anyMatch(s -> s == slot);
  }

  private static Map<String, List<String>> groups(int[] slotOf, List<String> words, int slots) {
    List<List<String>> groups = new ArrayList<>();
    for (int s = 0; s < slots; s++) {
      groups.add(new ArrayList<>());
    }
    for (int w = 0; w < slotOf.length; w++) {
      if (slotOf[w] >= 0) {
        groups.get(slotOf[w]).add(words.get(w));
      }
    }
    return canonical(groups);
  }

  /**
   * Average mutual information of adjacent clusters (bigrams of clustered words only, unigram
   * counts as marginals, times the total), with clusters s and t taken as one when s >= 0.
   */
  private static double mutualInformation(List<List<String>> corpus, Map<String, Integer> id, int[] slotOf, int slots, int s, int t) {
    long[][] bigrams = new long[slots][slots];
    long[] unigrams = new long[slots];
    for (List<String> sentence : corpus) {
      int previous = -1;
      for (String word : sentence) {
        int slot = slotOf[id.get(word)];
        if (slot == t && s >= 0) {
          slot = s;
        }
        if (slot >= 0) {
          unigrams[slot]++;
        }
        if (previous >= 0 && slot >= 0) {
          bigrams[previous][slot]++;
        }
        previous = slot;
      }
    }
    double sum = 0;
    for (int a = 0; a < slots; a++) {
      for (int b = 0; b < slots; b++) {
        if (bigrams[a][b] > 0) {
          sum += bigrams[a][b] * Math.log((double) bigrams[a][b] / ((double) unigrams[a] * unigrams[b]));
        }
      }
    }
    return sum;
  }
}
