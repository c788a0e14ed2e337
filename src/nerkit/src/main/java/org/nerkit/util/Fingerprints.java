package org.nerkit.util;

/**
 * 64-bit fingerprints of strings: FNV-1a over the UTF-16 code units, then MurmurHash3's
 * finalizer to spread the bits; never 0, so 0 can mark an empty slot. Incremental: {@link #start},
 * {@link #add} per character, {@link #finish}, which gives what {@link #of} gives for the same
 * characters.
 *
 * <p>Why fingerprints: tables of hundreds of thousands of strings (model features, lexicon
 * words and phrases) held as {@code long}s take a tenth of the memory of a map of strings and
 * are probed without chasing pointers. Two different strings share a fingerprint with odds of
 * about n / 2^64 per lookup against n keys: far below anything that could show in the output.
 */
public final class Fingerprints {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private Fingerprints() {}

  public static long of(CharSequence text) {
    long state = OFFSET;
    for (int k = 0, n = text.length(); k < n; k++) {
      state = (state ^ text.charAt(k)) * PRIME;
    }
    return finish(state);
  }

  /** The state before any character. */
  public static long start() {
    return OFFSET;
  }

  /** The state after one more character. */
  public static long add(long state, char c) {
    return (state ^ c) * PRIME;
  }

  /** The state after every character of {@code text}. */
  public static long add(long state, CharSequence text) {
    for (int k = 0, n = text.length(); k < n; k++) {
      state = (state ^ text.charAt(k)) * PRIME;
    }
    return state;
  }

  /** The fingerprint of the characters added so far. */
  public static long finish(long state) {
    long hash = state;
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    return hash == 0 ? 1L : hash;
  }
}
