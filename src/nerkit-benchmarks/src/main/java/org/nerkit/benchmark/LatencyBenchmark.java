package org.nerkit.benchmark;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.nerkit.EntityExtractor;
import org.nerkit.Extraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time for one document of 1 KB, 10 KB and 1 MB of news text, single-threaded. Cost must grow
 * linearly: 1 MB should take about 100 times 10 KB. The small sizes cycle through the slices of
 * the same megabyte of text rather than repeating one document, whose feature weights would
 * otherwise stay in the processor's cache and make small documents look cheaper than they are.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class LatencyBenchmark {
  @Param({"1024", "10240", "1048576"})
  public int chars;

  private static final int MEGABYTE = 1 << 20;

  private EntityExtractor extractor;
  private String[] documents;
  private int next;

  @Setup
  public void load() {
    extractor = EntityExtractor.english();
    String megabyte = BenchmarkCorpus.documentOfSize(MEGABYTE);
    documents = new String[Math.max(1, MEGABYTE / chars)];
    for (int k = 0; k < documents.length; k++) {
      documents[k] = megabyte.substring(k * chars, Math.min(megabyte.length(), (k + 1) * chars));
    }
  }

  @Benchmark
  public Extraction document() {
    String text = documents[next];
    next = (next + 1) % documents.length;
    return extractor.extract(text, LocalDate.of(1998, 3, 1));
  }
}
