package org.nerkit.benchmark;

import java.util.concurrent.TimeUnit;
import org.nerkit.EntityExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code EntityExtractor.english()} in a fresh JVM each time (cold class loading, model
 * decompression and gazetteer building included): what a job pays once per process.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = {"-Xmx2g"})
public class LoadBenchmark {
  @Benchmark
  public EntityExtractor coldLoad() {
    return EntityExtractor.english();
  }
}
