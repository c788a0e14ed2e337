package org.nerkit.train;

import java.util.List;
import java.util.Set;

/**
 * Rebuilds plausible raw text from PTB-tokenized corpus sentences, remembering where each token
 * landed, so that evaluation can run the public API on raw text and match gold spans by
 * character offset — the way users meet the library.
 */
public final class Detokenizer {
  private static final Set<String> NO_SPACE_BEFORE = Set.of(
      ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "'s", "'S", "n't", "N'T", "'re", "'ve",
      "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M", "-", "'", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "``", "$", "#", "-");

  private Detokenizer() {}

  /** Raw text and each token's [start, end) in it. */
  public record Detokenized(String text, int[] starts, int[] ends) {}

  /** Joins the sentences of a document, one space between sentences. */
  public static Detokenized detokenize(List<List<String>> sentences) {
    StringBuilder text = new StringBuilder();
    int count = sentences.stream().mapToInt(List::size).sum();
    int[] starts = new int[count];
    int[] ends = new int[count];
    int index = 0;
    for (List<String> sentence : sentences) {
      if (text.length() > 0) {
        text.append(sentence.isEmpty() ? "" : "\n");
      }
      boolean glueNext = true;
      boolean insideDoubleQuote = false;
      for (String token : sentence) {
        String surface = switch (token) {
          case "``", "''" -> "\"";
          case "-LRB-" -> "(";
          case "-RRB-" -> ")";
          default -> token;
        };
        boolean glue = glueNext || NO_SPACE_BEFORE.contains(token);
        if (token.equals("\"")) {
          glue = glueNext || insideDoubleQuote; // a closing straight quote hugs the word before it
        }
        if (!glue) {
          text.append(' ');
        }
        starts[index] = text.length();
        text.append(surface);
        ends[index] = text.length();
        index++;
        glueNext = NO_SPACE_AFTER.contains(token) || (token.equals("\"") && !insideDoubleQuote) || token.equals("``");
        if (token.equals("\"")) {
          insideDoubleQuote = !insideDoubleQuote;
        }
      }
    }
    return new Detokenized(text.toString(), starts, ends);
  }
}
