package org.nerkit.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nerkit.EntityExtractor;
import org.nerkit.benchmark.BenchmarkCorpus;
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
 * The command line's whole pipeline in one JVM (reading JSON Lines, parsing, extracting, writing
 * JSON in input order) on 5,000 one-sentence documents, with 1 and 2 extraction threads: the
 * time of one run, models already loaded. The ratio of the two is what {@code --threads 2} buys.
 * (In this package because the command's stream constructor is package-private.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class CommandLineBenchmark {
  @Param({"1", "2"})
  public int threads;

  @Param({"sentences", "articles"})
  public String documents;

  private EntityExtractor extractor;
  private byte[] input;

  @Setup
  public void load() {
    extractor = EntityExtractor.english();
    List<String> texts = documents.equals("articles")
        ? BenchmarkCorpus.documents().subList(0, 300) : BenchmarkCorpus.sentences().subList(0, 5_000);
    StringBuilder lines = new StringBuilder();
    for (int k = 0; k < texts.size(); k++) {
      lines.append("{\"id\":\"d").append(k).append("\",\"text\":")
          .append(quote(texts.get(k))).append(",\"referenceDate\":\"1998-03-01\"}\n");
    }
    input = lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public int run() {
    NerkitCommand command = new NerkitCommand(new ByteArrayInputStream(input), OutputStream.nullOutputStream());
    command.preloaded = extractor;
    int status = NerkitCommand.commandLine(command, new PrintWriter(new StringWriter()))
        .execute("--jsonl", "--threads", String.valueOf(threads), "--progress", "never");
    if (status != 0) {
      throw new IllegalStateException("nerkit exited with " + status);
    }
    return status;
  }

  private static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
