package org.nerkit.lexicon;

import java.util.Arrays;

/**
 * Fingerprints ({@link org.nerkit.util.Fingerprints}) mapped to non-negative ints, in two flat
 * arrays with linear probing: a lexicon of a million words takes about 24 MB and a lookup
 * touches one or two cache lines. Filled once, then read-only and thread-safe.
 */
final class FingerprintTable {
  private final long[] keys;
  private final int[] values;
  private final int mask;
  private int size;

  /** A table for up to {@code capacity} keys (kept at most two-thirds full). */
  FingerprintTable(int capacity) {
    int slots = Integer.highestOneBit(Math.max(4, capacity + capacity / 2)) << 1;
    keys = new long[slots];
    values = new int[slots];
    mask = slots - 1;
  }

  /** Maps the key to the value, replacing its previous one. */
  void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    int slot = (int) key & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == 0) {
      if (++size > keys.length * 3 / 4) {
        throw new IllegalStateException("table over capacity: " + size + " keys in " + keys.length + " slots");
      }
      keys[slot] = key;
    }
    values[slot] = value;
  }

  /** The value of the key, or -1. */
  int get(long key) {
    int slot = (int) key & mask;
    long stored;
    while ((stored = keys[slot]) != 0) {
      if (stored == key) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  int size() {
    return size;
  }

  /** The bytes the two arrays take. */
  long bytes() {
    return 12L * keys.length;
  }

  @Override
  public String toString() {
    return "FingerprintTable[" + size + " of " + keys.length + " slots, " + Arrays.hashCode(values) + "]";
  }
}
