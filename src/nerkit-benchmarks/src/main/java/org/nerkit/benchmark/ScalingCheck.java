package org.nerkit.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nerkit.EntityExtractor;

/**
 * Whether extraction time grows linearly on the hostile texts of {@link HostileTexts}: each
 * generator's document is doubled from 10 k to 320 k characters, and the CPU time of one
 * extraction (median of several, after warm-up, in this one JVM) is compared with the size
 * before it. Linear stages take about twice as long per doubling, a quadratic one four times.
 * CPU time of the measuring thread rather than wall-clock time, because the machines that run
 * it are shared.
 *
 * <p>{@code java -cp target/nerkit-benchmarks.jar org.nerkit.benchmark.ScalingCheck [GENERATOR...]}
 * prints one row per generator: milliseconds per size, the largest ratio between consecutive
 * sizes, and the time for 100 k characters. It exits with status 1 when a ratio exceeds 2.5 or
 * 100 k characters take a second or more.
 */
public final class ScalingCheck {
  static final int[] SIZES = {10_000, 20_000, 40_000, 80_000, 160_000, 320_000};
  static final double MAX_RATIO = 2.5;
  static final double MAX_MS_PER_100K = 1000;
  private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ScalingCheck() {
  }

  public static void main(String[] args) {
    List<String> generators = args.length > 0 ? Arrays.asList(args) : new ArrayList<>(HostileTexts.names());
    EntityExtractor extractor = EntityExtractor.english();
    System.out.printf("%-18s", "generator");
    for (int size : SIZES) {
      System.out.printf("%9s", size / 1000 + "k ms");
    }
    System.out.printf("%10s%12s%n", "max ratio", "100k ms");
    boolean linear = true;
    for (String generator : generators) {
      // Compiled code for this kind of text before measuring.
      String warm = HostileTexts.text(generator, 40_000);
      for (int k = 0; k < 5; k++) {
        extractor.extract(warm, REFERENCE);
      }
      double[] ms = new double[SIZES.length];
      double maxRatio = 0;
      System.out.printf("%-18s", generator);
      for (int i = 0; i < SIZES.length; i++) {
        ms[i] = medianCpuMs(extractor, HostileTexts.text(generator, SIZES[i]), SIZES[i] <= 40_000 ? 9 : 3);
        System.out.printf("%9.1f", ms[i]);
        // Below a millisecond the clock's granularity is the ratio: those sizes are not compared.
        if (i > 0 && ms[i - 1] >= 1) {
          maxRatio = Math.max(maxRatio, ms[i] / ms[i - 1]);
        }
      }
      double per100k = medianCpuMs(extractor, HostileTexts.text(generator, 100_000), 3);
      boolean ok = maxRatio <= MAX_RATIO && per100k < MAX_MS_PER_100K;
      linear &= ok;
      System.out.printf("%10.2f%12.1f%s%n", maxRatio, per100k, ok ? "" : "  <- over the bound");
    }
    System.out.println(linear ? "linear: every ratio <= " + MAX_RATIO + ", 100k characters < 1 s"
        : "NOT LINEAR: see the rows marked above");
    System.exit(linear ? 0 : 1);
  }

  private static double medianCpuMs(EntityExtractor extractor, String text, int runs) {
    double[] ms = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = THREADS.getCurrentThreadCpuTime();
      extractor.extract(text, REFERENCE);
      ms[r] = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }
}
