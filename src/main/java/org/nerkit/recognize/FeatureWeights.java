package org.nerkit.recognize;

import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Context;

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
    int capacity = Integer.highestOneBit(Math.max(4, weights.size() * 3 / 2)) << 1;
    long[] slots = new long[2 * capacity];
    int mask = capacity - 1;
    long total = 0;
    for (Context context : weights.values()) {
      total += context.getOutcomes().length;
    }
    if (2 * total > Integer.MAX_VALUE - 8) {
      return Optional.empty();
    }
    double[] entries = new double[(int) (2 * total)];
    int offset = 0;
    for (Map.Entry<String, Context> entry : weights.entrySet()) {
      int[] outcomes = entry.getValue().getOutcomes();
      double[] parameters = entry.getValue().getParameters();
      if (outcomes.length >= 1 << 16) {
        return Optional.empty();
      }
      long fingerprint = fingerprint(entry.getKey());
      int slot = (int) fingerprint & mask;
      while (slots[2 * slot] != EMPTY) {
        if (slots[2 * slot] == fingerprint) {
          return Optional.empty();
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
    }
    return Optional.of(new FeatureWeights(slots, mask, entries));
  }

  /** Adds {@code feature}'s weight for each outcome to {@code sums}, as {@code GISModel.eval} does; nothing for an unknown feature. */
  void addTo(String feature, double[] sums) {
    long fingerprint = fingerprint(feature);
    int slot = (int) fingerprint & mask;
    long stored;
    while ((stored = slots[2 * slot]) != EMPTY) {
      if (stored == fingerprint) {
        long location = slots[2 * slot + 1];
        int offset = (int) (location >>> 16);
        int end = offset + 2 * (int) (location & 0xFFFF);
        for (int k = offset; k < end; k += 2) {
          sums[(int) entries[k]] += entries[k + 1] * 1.0;
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Adds the weights of {@code features[from..to)} in order, as repeated {@link #addTo} calls
   * would, but finds every feature's slot before reading any weights: the lookups do not
   * depend on each other, so the processor overlaps their cache misses.
   *
   * @param locations scratch space of at least {@code to - from} entries
   */
  void addAll(String[] features, int from, int to, double[] sums, long[] locations) {
    for (int k = from; k < to; k++) {
      locations[k - from] = locate(fingerprint(features[k]));
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

  /** FNV-1a over the UTF-16 code units, then MurmurHash3's finalizer to spread the bits; never {@link #EMPTY}. */
  static long fingerprint(String feature) {
    long hash = 0xcbf29ce484222325L;
    for (int k = 0, n = feature.length(); k < n; k++) {
      hash ^= feature.charAt(k);
      hash *= 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    return hash == EMPTY ? 1L : hash;
  }
}
