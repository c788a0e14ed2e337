package org.nerkit.train;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Exact-match precision, recall and F1 of typed spans, per type and micro-averaged. */
public final class SpanScorer {
  /** A typed span in some document. */
  public record TypedSpan(String document, String type, int start, int end) {}

  private final Map<String, int[]> counts = new TreeMap<>(); // type -> {true positives, predicted, gold}

  public void add(Set<TypedSpan> gold, Set<TypedSpan> predicted) {
    Set<TypedSpan> hits = new HashSet<>(predicted);
    hits.retainAll(gold);
    for (TypedSpan span : gold) {
      counts.computeIfAbsent(span.type(), t -> new int[3])[2]++;
    }
    for (TypedSpan span : predicted) {
      counts.computeIfAbsent(span.type(), t -> new int[3])[1]++;
    }
    for (TypedSpan span : hits) {
      counts.get(span.type())[0]++;
    }
  }

  /** A table: one row per type and a micro-averaged row. */
  public String report(String title) {
    StringBuilder out = new StringBuilder();
    out.append(title).append('\n');
    out.append(String.format("%-14s %9s %9s %9s %8s %8s%n", "type", "precision", "recall", "F1", "gold", "predicted"));
    int[] total = new int[3];
    for (Map.Entry<String, int[]> entry : counts.entrySet()) {
      int[] c = entry.getValue();
      out.append(row(entry.getKey(), c));
      for (int k = 0; k < 3; k++) {
        total[k] += c[k];
      }
    }
    out.append(row("micro", total));
    return out.toString();
  }

  public double microF1() {
    int[] total = new int[3];
    counts.values().forEach(c -> {
      for (int k = 0; k < 3; k++) {
        total[k] += c[k];
      }
    });
    return f1(total);
  }

  private static String row(String type, int[] c) {
    double precision = c[1] == 0 ? 0 : 100.0 * c[0] / c[1];
    double recall = c[2] == 0 ? 0 : 100.0 * c[0] / c[2];
    return String.format("%-14s %9.2f %9.2f %9.2f %8d %8d%n", type, precision, recall, f1(c), c[2], c[1]);
  }

  private static double f1(int[] c) {
    double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double recall = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return precision + recall == 0 ? 0 : 100 * 2 * precision * recall / (precision + recall);
  }
}
