package org.nerkit.util;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Which of a fixed list of spans overlap a query span, in O(log n + hits) rather than by a scan:
 * checking every gazetteer match or pattern-found date against every mention made extraction
 * quadratic in the document's length.
 */
public final class SpanIndex<T> {
  private final List<T> items;
  private final int[] order;
  private final int[] starts;
  /** Largest end among the spans up to each position of {@link #order}: how far back overlaps can reach. */
  private final int[] maxEnds;

  public SpanIndex(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
    this.items = items;
    Integer[] boxed = new Integer[items.size()];
    for (int k = 0; k < boxed.length; k++) {
      boxed[k] = k;
    }
    Arrays.sort(boxed, (a, b) -> Integer.compare(start.applyAsInt(items.get(a)), start.applyAsInt(items.get(b))));
    order = new int[boxed.length];
    starts = new int[boxed.length];
    maxEnds = new int[boxed.length];
    int maxEnd = Integer.MIN_VALUE;
    for (int k = 0; k < boxed.length; k++) {
      order[k] = boxed[k];
      starts[k] = start.applyAsInt(items.get(order[k]));
      maxEnd = Math.max(maxEnd, end.applyAsInt(items.get(order[k])));
      maxEnds[k] = maxEnd;
    }
  }

  /** The items overlapping {@code [start, end)}, in order of their start. */
  public List<T> overlapping(int start, int end, ToIntFunction<T> endOf) {
    // Items starting before `end`: positions [0, bound).
    int low = 0;
    int high = starts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] < end) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int first = low;
    while (first > 0 && maxEnds[first - 1] > start) {
      first--;
    }
    List<T> hits = new java.util.ArrayList<>(2);
    for (int k = first; k < low; k++) {
      T item = items.get(order[k]);
      if (endOf.applyAsInt(item) > start) {
        hits.add(item);
      }
    }
    return hits;
  }
}
