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
 * linearly: 1 MB should take about 100 times 10 KB.
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

  private EntityExtractor extractor;
  private String text;

  @Setup
  public void load() {
    extractor = EntityExtractor.english();
    text = BenchmarkCorpus.documentOfSize(chars);
  }

  @Benchmark
  public Extraction document() {
    return extractor.extract(text, LocalDate.of(1998, 3, 1));
  }
}
