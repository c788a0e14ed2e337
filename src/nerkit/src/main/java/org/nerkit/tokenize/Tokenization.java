package org.nerkit.tokenize;

import java.io.IOException;
import java.util.Objects;
import org.nerkit.document.Document;

/** The tokenize stage: a text's sentences ({@link SentenceSplitter}) and their tokens ({@link Tokenizer}). Thread-safe. */
public final class Tokenization {
  private final SentenceSplitter sentences;
  private final Tokenizer tokenizer = new Tokenizer();

  private Tokenization(SentenceSplitter sentences) {
    this.sentences = sentences;
  }

  /** With the bundled English sentence model. @throws IOException if it cannot be read */
  public static Tokenization english() throws IOException {
    return new Tokenization(SentenceSplitter.english());
  }

  public Document apply(String text) {
    Objects.requireNonNull(text, "text");
    int[] spans = sentences.split(text);
    Document.Builder document = new Document.Builder(text);
    for (int k = 0; k < spans.length; k += 2) {
      document.sentence(spans[k], spans[k + 1], tokenizer.tokenize(text, spans[k], spans[k + 1]));
    }
    return document.build();
  }
}
