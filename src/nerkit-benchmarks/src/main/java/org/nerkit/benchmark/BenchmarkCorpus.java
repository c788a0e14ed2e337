package org.nerkit.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The news articles the benchmarks run on: {@code ../shared/data/unlabeled/news-te3-silver.txt}
 * (2,452 articles, 631 k words; {@code #doc id} lines separate them), or the file named by the
 * system property {@code nerkit.bench.corpus}. Real news, so the recognizer sees the entity
 * density it will see in production.
 */
public final class BenchmarkCorpus {
  static final String PROPERTY = "nerkit.bench.corpus";
  private static final String DEFAULT = "../shared/data/unlabeled/news-te3-silver.txt";

  private BenchmarkCorpus() {
  }

  public static Path location() {
    return Path.of(System.getProperty(PROPERTY, DEFAULT)).toAbsolutePath().normalize();
  }

  /** The articles, in file order. */
  public static List<String> documents() {
    Path file = location();
    if (!Files.isReadable(file)) {
      throw new IllegalStateException("benchmark corpus " + file + " not found; pass -D" + PROPERTY
          + "=FILE (plain text, articles separated by lines starting with #doc)");
    }
    List<String> documents = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("#doc")) {
          add(documents, current);
          current.setLength(0);
        } else {
          current.append(line).append('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    add(documents, current);
    return documents;
  }

  /**
   * The one-sentence paragraphs of the articles (40 to 250 characters, no sentence break
   * inside), in file order: the short documents of a stream of headlines or social media posts.
   */
  public static List<String> sentences() {
    List<String> sentences = new ArrayList<>();
    for (String article : documents()) {
      for (String line : article.split("\n")) {
        String paragraph = line.strip();
        if (paragraph.length() >= 40 && paragraph.length() <= 250 && !paragraph.contains(". ")) {
          sentences.add(paragraph);
        }
      }
    }
    return sentences;
  }

  /** One document of about {@code chars} characters: whole articles, then part of one. */
  public static String documentOfSize(int chars) {
    StringBuilder text = new StringBuilder(chars + 1024);
    List<String> documents = documents();
    for (int i = 0; text.length() < chars; i = (i + 1) % documents.size()) {
      text.append(documents.get(i)).append('\n');
    }
    text.setLength(chars);
    return text.toString();
  }

  private static void add(List<String> documents, StringBuilder text) {
    if (!text.toString().isBlank()) {
      documents.add(text.toString());
    }
  }
}
