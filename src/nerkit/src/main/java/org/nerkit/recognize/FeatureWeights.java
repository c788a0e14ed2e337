package org.nerkit.recognize;

import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Context;
import org.nerkit.util.Fingerprints;

/**
 * A maxent model's feature weights in two flat arrays, looked up by a 64-bit fingerprint of
 * the feature string instead of through a {@code HashMap<String, Context>}.
 *
 * <p>Why: each lookup in OpenNLP's map follows five or six pointers (entry, key, key bytes,
 * context, outcomes, parameters), each a likely cache miss in a map of 700 k features, and
 * that was half of recognition time. Here a lookup touches one slot pair in {@link #slots}
 * and one run of {@link #entries}.
 *
 * <p>Fingerprints are checked for collisions among the model's own features when the table is
 * built (a collision makes {@link #of} refuse, and the caller falls back to OpenNLP's map). A
 * feature string the model has never seen could in principle share a fingerprint with one it
 * has: with 2^64 fingerprints and under a million features, the odds are about 1 in 10^13 per
 * lookup, far below anything that could show in the output.
 */
final class FeatureWeights {
  private static final long EMPTY = 0L;

  /** Open addressing, linear probing: {@code [fingerprint, offset << 16 | count]} per slot. */
  private final long[] slots;
  private final int mask;
  /** Per feature, {@code count} pairs of {@code [outcome index, weight]}, in the model's order. */
  private final double[] entries;

  private FeatureWeights(long[] slots, int mask, double[] entries) {
    this.slots = slots;
    this.mask = mask;
    this.entries = entries;
  }

  /** The table for {@code weights}, or empty if two of its features share a fingerprint. */
  static Optional<FeatureWeights> of(Map<String, Context> weights) {
    long total = 0;
    for (Context context : weights.values()) {
      total += context.getOutcomes().length;
    }
    Builder builder = new Builder(weights.size(), total);
    for (Map.Entry<String, Context> entry : weights.entrySet()) {
      if (!builder.add(entry.getKey(), entry.getValue().getOutcomes(), entry.getValue().getParameters())) {
        return Optional.empty();
      }
    }
    return builder.build();
  }

  /** Fills a table feature by feature, for readers that never build OpenNLP's map. */
  static final class Builder {
    private final long[] slots;
    private final int mask;
    private final double[] entries;
    private int offset;
    private boolean failed;

    /**
     * @param features how many features will be added
     * @param weights how many (outcome, weight) pairs they have in all
     */
    Builder(int features, long weights) {
      int capacity = Integer.highestOneBit(Math.max(4, features * 3 / 2)) << 1;
      slots = new long[2 * capacity];
      mask = capacity - 1;
      failed = 2 * weights > Integer.MAX_VALUE - 8;
      entries = new double[failed ? 0 : (int) (2 * weights)];
    }

    /** Adds one feature's weights, in the model's order; false (and the table unusable) on a fingerprint collision or overflow. */
    boolean add(String feature, int[] outcomes, double[] parameters) {
      if (failed || outcomes.length >= 1 << 16 || offset + 2 * outcomes.length > entries.length) {
        failed = true;
        return false;
      }
      long fingerprint = fingerprint(feature);
      int slot = (int) fingerprint & mask;
      while (slots[2 * slot] != EMPTY) {
        if (slots[2 * slot] == fingerprint) {
          failed = true;
          return false;
        }
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = fingerprint;
      slots[2 * slot + 1] = ((long) offset << 16) | outcomes.length;
      for (int a = 0; a < outcomes.length; a++) {
        entries[offset + 2 * a] = outcomes[a];
        entries[offset + 2 * a + 1] = parameters[a];
      }
      offset += 2 * outcomes.length;
      return true;
    }

    Optional<FeatureWeights> build() {
      return failed ? Optional.empty() : Optional.of(new FeatureWeights(slots, mask, entries));
    }
  }

  /**
   * Adds the weights of {@code features[from..to)} to {@code sums}, feature after feature, as
   * {@code GISModel.eval} does (nothing for a feature the model does not know). Every feature's
   * slot is found before any weights are read: the lookups do not depend on each other, so the
   * processor overlaps their cache misses.
   *
   * <p>A feature repeated as the same object {@code period} places earlier (OpenNLP's descriptor
   * parser emits every generator after the first twice, and the context generator repeats those
   * strings) reuses that lookup: its weights are still added twice, in the same order, so the
   * sums are unchanged, but its fingerprint and slot are found once.
   *
   * @param locations scratch space of at least {@code to - from} entries
   */
  void addAll(String[] features, int from, int to, double[] sums, long[] locations) {
    int period = repeatPeriod(features, from, to);
    for (int k = from; k < to; k++) {
      locations[k - from] = period > 0 && k - period >= from && features[k] == features[k - period]
          ? locations[k - period - from]
          : locate(fingerprint(features[k]));
    }
    for (int k = from; k < to; k++) {
      long location = locations[k - from];
      if (location >= 0) {
        int offset = (int) (location >>> 16);
        int end = offset + 2 * (int) (location & 0xFFFF);
        for (int e = offset; e < end; e += 2) {
          sums[(int) entries[e]] += entries[e + 1] * 1.0;
        }
      }
    }
  }

  /**
   * How far back the last feature of {@code features[from..to)} occurs again as the same object,
   * or 0: the length of the repeated block, when there is one. Reference comparisons only.
   */
  private static int repeatPeriod(String[] features, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    String last = features[to - 1];
    for (int k = to - 2; k >= from; k--) {
      if (features[k] == last) {
        return to - 1 - k;
      }
    }
    return 0;
  }

  /** The slot's {@code offset << 16 | count}, or -1 for a feature the model does not know. */
  private long locate(long fingerprint) {
    int slot = (int) fingerprint & mask;
    long stored;
    while ((stored = slots[2 * slot]) != EMPTY) {
      if (stored == fingerprint) {
        return slots[2 * slot + 1];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** The fingerprint a feature string is stored under ({@link Fingerprints#of}). */
  static long fingerprint(String feature) {
    return Fingerprints.of(feature);
  }

}
