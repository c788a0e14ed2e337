package org.nerkit.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nerkit.EntityExtractor;
import org.nerkit.Extraction;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ThroughputBenchmark} on short documents: each one sentence of news (about 25 tokens),
 * where whatever a call costs beside the tokens themselves shows. The primary score is
 * documents per second; {@code tokens} is tokens per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
public class ShortDocumentBenchmark {
  private static final LocalDate REFERENCE_DATE = LocalDate.of(1998, 3, 1);

  @State(Scope.Benchmark)
  public static class Shared {
    EntityExtractor extractor;
    List<String> documents;

    @Setup
    public void load() {
      extractor = EntityExtractor.english();
      documents = BenchmarkCorpus.sentences();
    }
  }

  /** Each thread walks the sentences from its own starting point. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    public long tokens;
    int next;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }

    @Setup(Level.Trial)
    public void start() {
      next = (int) (Thread.currentThread().getId() * 7919 % 10_000);
    }
  }

  @Benchmark
  @Threads(1)
  public Extraction oneThread(Shared shared, Counters counters) {
    return extract(shared, counters);
  }

  @Benchmark
  @Threads(Threads.MAX)
  public Extraction allCores(Shared shared, Counters counters) {
    return extract(shared, counters);
  }

  private static Extraction extract(Shared shared, Counters counters) {
    String text = shared.documents.get(counters.next);
    counters.next = (counters.next + 1) % shared.documents.size();
    Extraction extraction = shared.extractor.extract(text, REFERENCE_DATE);
    counters.tokens += extraction.tokens().size();
    return extraction;
  }
}
