package org.nerkit.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads text annotated inline, {@code [PERSON Kaja Kallas] met [ORG Pfizer] executives in
 * [GPE Brussels].}: lines starting with {@code #} are comments, blank lines separate documents,
 * each other line is a sentence, and a document's text is its sentences joined by single spaces.
 * Removing {@code "[TYPE "} and {@code "]"} leaves the plain text; {@code \[} and {@code \]} are
 * literal brackets. Brackets do not nest. Any malformed line is an error naming the line.
 */
public final class InlineCorpus {
  /** The types a mention may have: OntoNotes 5.0's names, places and groups. */
  public static final Set<String> TYPES = Set.of("PERSON", "ORG", "GPE", "LOC", "NORP");

  private InlineCorpus() {}

  /** A mention: its type and [start, end) in its document's text. */
  public record Mention(String type, int start, int end) {}

  /** A document: an id naming the source and first line, its plain text and its mentions. */
  public record Document(String id, String text, List<Mention> mentions) {
    public Document {
      mentions = List.copyOf(mentions);
    }
  }

  public static List<Document> read(Path file) throws IOException {
    return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /** Reads a resource through this class's loader. */
  public static List<Document> readResource(String name) throws IOException {
    try (InputStream in = InlineCorpus.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no resource " + name);
      }
      String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return parse(name.substring(name.lastIndexOf('/') + 1), content.lines().toList());
    }
  }

  /**
   * Parses lines; {@code source} names them in document ids and errors.
   *
   * @throws IllegalArgumentException at the first malformed line, as {@code source:line: problem}
   */
  public static List<Document> parse(String source, List<String> lines) {
    List<Document> documents = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    int firstLine = 0;
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      int lineNumber = index + 1;
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (firstLine > 0) {
          documents.add(new Document(source + ":" + firstLine, text.toString(), mentions));
          text.setLength(0);
          mentions = new ArrayList<>();
          firstLine = 0;
        }
        continue;
      }
      if (firstLine == 0) {
        firstLine = lineNumber;
      } else {
        text.append(' ');
      }
      parseLine(line, text, mentions, source + ":" + lineNumber + ": ");
    }
    if (firstLine > 0) {
      documents.add(new Document(source + ":" + firstLine, text.toString(), mentions));
    }
    return documents;
  }

  /** Appends the line's plain text to {@code text} and its mentions, offset into it, to {@code mentions}. */
  private static void parseLine(String line, StringBuilder text, List<Mention> mentions, String where) {
    int open = -1; // where the open mention starts in text
    String type = null;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '\\' && k + 1 < line.length() && (line.charAt(k + 1) == '[' || line.charAt(k + 1) == ']')) {
        text.append(line.charAt(++k));
      } else if (c == '[') {
        if (open >= 0) {
          throw new IllegalArgumentException(where + "nested bracket at column " + (k + 1));
        }
        int space = line.indexOf(' ', k);
        if (space < 0) {
          throw new IllegalArgumentException(where + "unclosed bracket at column " + (k + 1));
        }
        type = line.substring(k + 1, space);
        if (!TYPES.contains(type)) {
          throw new IllegalArgumentException(where + "unknown type \"" + type + "\" at column " + (k + 1)
              + " (expected one of " + TYPES.stream().sorted().toList() + "; a literal bracket is \\[)");
        }
        open = text.length();
        k = space;
      } else if (c == ']') {
        if (open < 0) {
          throw new IllegalArgumentException(where + "\"]\" without \"[\" at column " + (k + 1) + " (a literal bracket is \\])");
        }
        String mention = text.substring(open);
        if (mention.isEmpty() || !mention.strip().equals(mention)) {
          throw new IllegalArgumentException(where + "empty mention or space inside the brackets at column " + (k + 1));
        }
        mentions.add(new Mention(type, open, text.length()));
        open = -1;
      } else {
        text.append(c);
      }
    }
    if (open >= 0) {
      throw new IllegalArgumentException(where + "unclosed bracket");
    }
  }
}
