package org.nerkit.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the OntoNotes 5.0 TSV export ({@code token<TAB>POS<TAB>BIO-tag}, blank line between
 * sentences, {@code #doc id} before each document) and the CoNLL-2003 TSV
 * ({@code token<TAB>BIO-tag}, no document markers) into documents of tagged sentences.
 */
public final class OntoNotesCorpus {
  private OntoNotesCorpus() {}

  /** One sentence: tokens as written in the corpus and their BIO tags. */
  public record TaggedSentence(List<String> tokens, List<String> tags) {
    public TaggedSentence {
      if (tokens.size() != tags.size()) {
        throw new IllegalArgumentException("tokens and tags differ in length");
      }
      tokens = List.copyOf(tokens);
      tags = List.copyOf(tags);
    }
  }

  /** One document: its id and sentences. */
  public record TaggedDocument(String id, List<TaggedSentence> sentences) {
    public TaggedDocument {
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * Reads a corpus file. Documents start at {@code #doc} lines; a file without them (CoNLL-2003)
   * becomes documents split at {@code -DOCSTART-} lines, or one document if there are none.
   */
  public static List<TaggedDocument> read(Path file) throws IOException {
    List<TaggedDocument> documents = new ArrayList<>();
    String docId = file.getFileName().toString();
    List<TaggedSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNumber = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.startsWith("#doc ") || line.startsWith("-DOCSTART-")) {
          flushSentence(sentences, tokens, tags);
          if (!sentences.isEmpty()) {
            documents.add(new TaggedDocument(docId, sentences));
            sentences = new ArrayList<>();
          }
          docId = line.startsWith("#doc ") ? line.substring(5).trim() : "conll-" + documents.size();
          continue;
        }
        if (line.isBlank()) {
          flushSentence(sentences, tokens, tags);
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length < 2) {
          throw new IOException(file + ":" + lineNumber + ": expected token<TAB>...<TAB>tag, got: " + line);
        }
        tokens.add(cleanToken(fields[0]));
        tags.add(fields[fields.length - 1]);
      }
    }
    flushSentence(sentences, tokens, tags);
    if (!sentences.isEmpty()) {
      documents.add(new TaggedDocument(docId, sentences));
    }
    return documents;
  }

  private static void flushSentence(List<TaggedSentence> sentences, List<String> tokens, List<String> tags) {
    if (!tokens.isEmpty()) {
      sentences.add(new TaggedSentence(tokens, tags));
      tokens.clear();
      tags.clear();
    }
  }

  /** The broadcast-conversation genre escapes sentence punctuation as {@code /.} and {@code /?}. */
  private static String cleanToken(String token) {
    if (token.length() == 2 && token.charAt(0) == '/' && !Character.isLetterOrDigit(token.charAt(1))) {
      return token.substring(1);
    }
    return token;
  }
}
