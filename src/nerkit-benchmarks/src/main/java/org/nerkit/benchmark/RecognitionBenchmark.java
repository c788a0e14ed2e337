package org.nerkit.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nerkit.document.Document;
import org.nerkit.recognize.NameRecognizer;
import org.nerkit.tokenize.SentenceSplitter;
import org.nerkit.tokenize.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recognition alone (the name finder on already tokenized text), one thread, with nerkit's
 * decoder and with OpenNLP's NameFinderME on the same model. Scores are tokens per second:
 * each invocation decodes a fixed slice of {@value #TOKENS} tokens of news text. Another model
 * file: {@code java -jar target/nerkit-benchmarks.jar RecognitionBenchmark -jvmArgsAppend -Dnerkit.bench.model=FILE}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class RecognitionBenchmark {
  static final int TOKENS = 50_000;

  @Param({"nerkit", "opennlp"})
  public String decoder;

  private NameRecognizer recognizer;
  private final List<Document> documents = new ArrayList<>();

  @Setup
  public void load() throws IOException {
    String file = System.getProperty("nerkit.bench.model");
    try (InputStream model = file == null
        ? getClass().getClassLoader().getResourceAsStream("org/nerkit/models/nerkit-en-ner.bin")
        : Files.newInputStream(Path.of(file))) {
      String name = file == null ? "bundled model" : file;
      recognizer = decoder.equals("nerkit")
          ? NameRecognizer.load(model, name)
          : NameRecognizer.loadWithOpenNlpDecoder(model, name);
    }
    SentenceSplitter sentences = SentenceSplitter.english();
    Tokenizer tokenizer = new Tokenizer();
    int count = 0;
    for (String document : BenchmarkCorpus.documents()) {
      if (count >= TOKENS) {
        break;
      }
      int[] spans = sentences.split(document);
      Document.Builder tokenized = new Document.Builder(document);
      for (int k = 0; k < spans.length && count < TOKENS; k += 2) {
        int[] offsets = tokenizer.tokenize(document, spans[k], spans[k + 1]);
        tokenized.sentence(spans[k], spans[k + 1], offsets);
        count += offsets.length / 2;
      }
      documents.add(tokenized.build());
    }
  }

  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public int recognize() {
    int mentions = 0;
    for (Document document : documents) {
      mentions += recognizer.recognize(document).size();
    }
    return mentions;
  }
}
