package org.nerkit.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.nerkit.EntityExtractor;

/**
 * Entry point of {@code java -jar target/nerkit-benchmarks.jar [JMH options]}: measures the heap a loaded
 * extractor retains, then hands its arguments to JMH ({@code org.openjdk.jmh.Main}), which
 * runs every benchmark in this package in forked JVMs.
 */
public final class Benchmarks {
  private Benchmarks() {
  }

  public static void main(String[] args) throws Exception {
    System.out.println("# Corpus: " + BenchmarkCorpus.location());
    long before = settledHeap();
    EntityExtractor extractor = EntityExtractor.english();
    extractor.extract("Warm-up: Angela Merkel visited France on 3 May 2019.");
    long after = settledHeap();
    System.out.printf("# Retained heap of a loaded extractor: %.1f MB%n", (after - before) / 1e6);
    System.out.println(extractor.types().size() > 0 ? "" : ""); // keeps the extractor reachable until here
    org.openjdk.jmh.Main.main(args);
  }

  /** Used heap after full collections stop freeing memory. */
  private static long settledHeap() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int round = 0; round < 10; round++) {
      System.gc();
      Thread.sleep(100);
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used - 1024) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
