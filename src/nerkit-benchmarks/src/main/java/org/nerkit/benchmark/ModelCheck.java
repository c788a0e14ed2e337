package org.nerkit.benchmark;

import java.nio.file.Path;
import java.util.List;
import org.nerkit.EntityExtractor;

/**
 * A quick side-by-side of name finder models, one JVM per model:
 * {@code java -cp target/nerkit-benchmarks.jar org.nerkit.benchmark.ModelCheck [MODEL]} (no
 * argument: the bundled model) prints the time to build an extractor with it in this fresh JVM,
 * the heap left in use after that, and the whole pipeline's tokens per second over the first 400
 * articles of the benchmark corpus, round by round (the fourth round, after three warm-up rounds,
 * is the one to compare). Run it for two models minutes apart and compare the ratios: a rough
 * check while choosing among trained models, not a JMH measurement.
 */
public final class ModelCheck {
  private static final int ARTICLES = 400;
  private static final int ROUNDS = 4;

  private ModelCheck() {
  }

  public static void main(String[] args) throws InterruptedException {
    List<String> documents = BenchmarkCorpus.documents();
    documents = documents.subList(0, Math.min(ARTICLES, documents.size()));
    long start = System.nanoTime();
    EntityExtractor extractor = args.length > 0
        ? EntityExtractor.builder().nameFinderModel(Path.of(args[0])).build()
        : EntityExtractor.english();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    Thread.sleep(200);
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("load %.2f s, heap %.1f MB%n", loadSeconds, (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
    for (int round = 0; round < ROUNDS; round++) {
      long tokens = 0;
      long roundStart = System.nanoTime();
      for (String document : documents) {
        tokens += extractor.extract(document).tokens().size();
      }
      System.out.printf("round %d: %.0f tokens/s%n", round, tokens / ((System.nanoTime() - roundStart) / 1e9));
    }
  }
}
