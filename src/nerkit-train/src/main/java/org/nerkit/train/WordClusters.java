package org.nerkit.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nerkit.tokenize.SentenceSplitter;
import org.nerkit.tokenize.TokenForms;
import org.nerkit.tokenize.Tokenizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Learns Brown word clusters ({@link BrownClustering}) from unlabelled news text and the token
 * columns of the training corpora, for the name finder's cluster features. Raw text goes through
 * nerkit's own sentence splitter and tokenizer and every token through
 * {@link TokenForms#modelForm}, so the words are spelled as the name finder sees them.
 *
 * <p>Output: a header line starting with {@code #} that records the parameters, then one
 * {@code word<TAB>bitstring} line per word, grouped by cluster; OpenNLP's {@code BrownCluster}
 * reads the two-column lines and skips the header (it has no tab).
 */
@Command(name = "nerkit-word-clusters", mixinStandardHelpOptions = true,
    description = "Brown clusters (word<TAB>bits) from raw text and tokenized training files.")
public final class WordClusters implements Callable<Integer> {

  @Option(names = "--text", split = ",", description = "Plain text file(s); '#doc' lines separate articles.")
  List<Path> text = List.of();

  @Option(names = "--tokens", split = ",", description = "Token-per-line file(s) in the OntoNotes or CoNLL TSV format; only the tokens are used.")
  List<Path> tokens = List.of();

  @Option(names = "--clusters", defaultValue = "500", description = "Number of clusters C (default: ${DEFAULT-VALUE}).")
  int clusters;

  @Option(names = "--min-count", defaultValue = "3", description = "Cluster only words seen at least this often (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--out", required = true, description = "Where to write the clusters.")
  Path out;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    List<List<String>> sentences = new ArrayList<>();
    for (Path file : text) {
      sentences.addAll(rawTextSentences(Files.readString(file, StandardCharsets.UTF_8)));
    }
    for (Path file : tokens) {
      for (OntoNotesCorpus.TaggedDocument document : OntoNotesCorpus.read(file)) {
        for (OntoNotesCorpus.TaggedSentence sentence : document.sentences()) {
          sentences.add(sentence.tokens().stream().map(TokenForms::modelForm).toList());
        }
      }
    }
    long tokenCount = sentences.stream().mapToLong(List::size).sum();
    if (tokenCount == 0) {
      throw new CommandLine.ParameterException(new CommandLine(this), "no text: give --text and/or --tokens files");
    }
    System.err.printf("%,d sentences, %,d tokens read in %.1f s%n", sentences.size(), tokenCount, (System.nanoTime() - started) / 1e9);
    BrownClustering.Result result = BrownClustering.cluster(sentences, clusters, minCount);
    double seconds = (System.nanoTime() - started) / 1e9;
    write(result, String.format("# brown clusters (nerkit WordClusters): C=%d min-count=%d words=%d tokens=%d sources=%s %s",
        result.clusters(), minCount, result.paths().size(), tokenCount, text, tokens));
    System.err.printf("%,d words in %d clusters, written to %s in %.1f s%n", result.paths().size(), result.clusters(), out, seconds);
    return 0;
  }

  /** Sentences of raw text, article by article, tokenized as nerkit tokenizes at run time. */
  static List<List<String>> rawTextSentences(String content) throws IOException {
    SentenceSplitter splitter = SentenceSplitter.english();
    Tokenizer tokenizer = new Tokenizer();
    List<List<String>> sentences = new ArrayList<>();
    for (String article : content.split("(?m)^#doc[^\n]*\n")) {
      int[] bounds = splitter.split(article);
      for (int k = 0; k < bounds.length; k += 2) {
        int[] offsets = tokenizer.tokenize(article, bounds[k], bounds[k + 1]);
        List<String> sentence = new ArrayList<>(offsets.length / 2);
        for (int t = 0; t < offsets.length; t += 2) {
          sentence.add(TokenForms.modelForm(article.substring(offsets[t], offsets[t + 1])));
        }
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }

  private void write(BrownClustering.Result result, String header) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    List<Map.Entry<String, String>> lines = new ArrayList<>(result.paths().entrySet());
    // By cluster, then most frequent first: easy to read, and the same bytes every run.
    lines.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getValue())
        .thenComparing(e -> -result.counts().get(e.getKey()))
        .thenComparing(Map.Entry::getKey));
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      writer.write(header);
      writer.write('\n');
      for (Map.Entry<String, String> line : lines) {
        writer.write(line.getKey() + "\t" + line.getValue() + "\n");
      }
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new WordClusters()).execute(args));
  }
}
