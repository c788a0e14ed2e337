package org.nerkit.lexicon;

/**
 * Fingerprints ({@link org.nerkit.util.Fingerprints}) mapped to non-negative ints, in two flat
 * int arrays with linear probing. A slot keeps the fingerprint's upper 32 bits and is chosen by
 * its lower 32 bits, so the two halves together tell keys apart: a key the table does not have
 * matches one it has with odds of about one in four billion per lookup. About 11 bytes a key at
 * the table's load of 0.7: a gazetteer of four million phrases takes 45 MB, and a lookup touches
 * one or two cache lines. Filled once, then read-only and thread-safe.
 */
final class FingerprintTable {
  private static final double LOAD = 0.7;

  private final int[] keys;
  private final int[] values;
  private int size;

  /** A table for up to {@code capacity} keys. */
  FingerprintTable(int capacity) {
    int slots = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(4L, (long) Math.ceil(capacity / LOAD)));
    keys = new int[slots];
    values = new int[slots];
  }

  /** Maps the key to the value, replacing its previous one. */
  void put(long fingerprint, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    int key = tag(fingerprint);
    int slot = home(fingerprint);
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = slot + 1 == keys.length ? 0 : slot + 1;
    }
    if (keys[slot] == 0) {
      if (++size > keys.length - 1) {
        throw new IllegalStateException("table full: " + size + " keys in " + keys.length + " slots");
      }
      keys[slot] = key;
    }
    values[slot] = value;
  }

  /** The value of the key, or -1. */
  int get(long fingerprint) {
    int key = tag(fingerprint);
    int slot = home(fingerprint);
    int stored;
    while ((stored = keys[slot]) != 0) {
      if (stored == key) {
        return values[slot];
      }
      slot = slot + 1 == keys.length ? 0 : slot + 1;
    }
    return -1;
  }

  /** The upper half of the fingerprint, never 0 (0 marks an empty slot). */
  private static int tag(long fingerprint) {
    int tag = (int) (fingerprint >>> 32);
    return tag == 0 ? 1 : tag;
  }

  /** The slot the lower half chooses: its fraction of the table, without a division. */
  private int home(long fingerprint) {
    return (int) (((fingerprint & 0xffffffffL) * keys.length) >>> 32);
  }

  int size() {
    return size;
  }

  /** The bytes the two arrays take. */
  long bytes() {
    return 8L * keys.length;
  }
}
