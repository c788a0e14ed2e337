package org.nerkit.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nerkit.document.Document;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;

/**
 * One name, one label per document: where the recognizer labelled a name in one place but
 * missed the same words elsewhere in the document ("PASOK" found once, missed twice), the
 * other places get the label too.
 *
 * <p>An acronym the document defines for an organisation it names ("the Shanghai Cooperation
 * Organization (SCO)", "SCO (Shanghai Cooperation Organization)") is that organisation wherever the
 * document writes it: the model, seeing "SCO" alone, has nothing to go on.
 *
 * <p>Why: a sentence-by-sentence model sees a name in less context in some sentences than in
 * others; the document settles it. Only whole, capitalized names are copied, to token
 * boundaries, where no other mention is and where the words are not part of a longer run of
 * capitalized words ("Hong Kong" inside "Hong Kong Toys Council" stays as it is). A name the
 * recognizer gave two labels takes the one it gave most often. Stateless and thread-safe.
 */
final class DocumentConsistency {
  /** Labels copied to other occurrences; dates are not names and follow their own grammar. */
  private static final Set<Label> NAME_LABELS = Set.of(Label.PERSON, Label.ORG);

  /** The recognizer's least probability for a mention to be copied; weaker guesses would spread errors. */
  static final double MIN_SOURCE_PROBABILITY = 0.6;

  DocumentConsistency() {}

  /**
   * The mentions plus copies of their names at the other places the document writes them.
   *
   * @param mentions the recognizer's mentions, in document order
   * @return the mentions with the copies added, in document order
   */
  List<Mention> apply(Document document, List<Mention> mentions) {
    String text = document.text();
    Map<String, Votes> names = new HashMap<>();
    // Sets, not lists: thousands of names may share a first word ("Bank of ...").
    Map<String, Set<String>> byFirstToken = new HashMap<>();
    int longest = 0;
    int m = 0;
    for (int t = 0; t < document.tokenCount() && m < mentions.size(); t++) {
      while (m < mentions.size() && mentions.get(m).start() < document.tokenStart(t)) {
        m++; // not at a token start: left alone
      }
      if (m == mentions.size() || mentions.get(m).start() != document.tokenStart(t)) {
        continue;
      }
      Mention mention = mentions.get(m++);
      String surface = text.substring(mention.start(), mention.end());
      String acronym = mention.label() == Label.ORG && mention.confidence() >= MIN_SOURCE_PROBABILITY
          ? definedAcronym(text, mention) : null;
      if (acronym != null && names.get(acronym) == null) {
        String firstToken = acronym.indexOf(' ') < 0 ? acronym : acronym.substring(0, acronym.indexOf(' '));
        byFirstToken.computeIfAbsent(firstToken, f -> new HashSet<>()).add(acronym);
        longest = Math.max(longest, acronym.length());
        names.computeIfAbsent(acronym, x -> new Votes()).add(new Mention(Label.ORG, 0, 0, mention.confidence()));
      }
      if (NAME_LABELS.contains(mention.label()) && mention.confidence() >= MIN_SOURCE_PROBABILITY
          && surface.length() > 1 && Character.isUpperCase(surface.codePointAt(0))) {
        if (!names.containsKey(surface)) {
          byFirstToken.computeIfAbsent(document.token(t), f -> new HashSet<>()).add(surface);
          longest = Math.max(longest, surface.length());
        }
        names.computeIfAbsent(surface, x -> new Votes()).add(mention);
      }
    }
    if (names.isEmpty()) {
      return mentions;
    }
    int[] starts = mentions.stream().mapToInt(Mention::start).toArray();
    boolean sorted = isSorted(starts);
    List<Mention> added = new ArrayList<>();
    for (int sentence = 0; sentence < document.sentenceCount(); sentence++) {
      int first = document.firstToken(sentence);
      int tokens = document.endToken(sentence);
      for (int t = first; t < tokens; t++) {
        int start = document.tokenStart(t);
        if (!Character.isUpperCase(text.charAt(start))) {
          continue;
        }
        Set<String> candidates = byFirstToken.get(document.token(t));
        if (candidates == null) {
          continue;
        }
        for (int n = t; n < tokens && document.tokenEnd(n) - start <= longest; n++) {
          int end = document.tokenEnd(n);
          String surface = text.substring(start, end);
          if (!candidates.contains(surface) || !isWholeName(document, first, tokens, t, n)
              || overlaps(mentions, starts, sorted, start, end) || overlapsLast(added, start)) {
            continue;
          }
          Votes votes = names.get(surface);
          added.add(new Mention(votes.label(), start, end, votes.meanProbability()));
          t = n;
          break;
        }
      }
    }
    if (added.isEmpty()) {
      return mentions;
    }
    List<Mention> result = new ArrayList<>(mentions.size() + added.size());
    result.addAll(mentions);
    result.addAll(added);
    result.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return result;
  }

  /** Words an acronym skips ("Organization of American States": OAS). */
  private static final Set<String> ACRONYM_SKIPPED = Set.of("of", "the", "and", "for", "on", "in", "de", "&", "-");
  private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s-]+");

  /**
   * The acronym the text defines for this organisation right beside it: "Long Form (LF)" after it,
   * or "LF (Long Form)" around it; null when there is none. The acronym must spell the initials
   * of the name's words (with or without its small words).
   */
  static String definedAcronym(String text, Mention mention) {
    int after = mention.end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    if (after < text.length() && text.charAt(after) == '(') {
      int close = text.indexOf(')', after);
      if (close > after + 1 && close - after <= 12) {
        String inside = text.substring(after + 1, close).strip();
        if (spellsInitials(inside, text.substring(mention.start(), mention.end()))) {
          return inside;
        }
      }
    }
    int before = mention.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    if (before > 0 && text.charAt(before) == '(' && mention.end() < text.length() && text.charAt(mention.end()) == ')') {
      int wordEnd = before;
      while (wordEnd > 0 && text.charAt(wordEnd - 1) == ' ') {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = text.substring(wordStart, wordEnd);
      if (spellsInitials(word, text.substring(mention.start(), mention.end()))) {
        return word;
      }
    }
    return null;
  }

  /** Whether {@code acronym} (2 to 10 capitals, digits or "&") is the initials of {@code name}'s words. */
  static boolean spellsInitials(String acronym, String name) {
    if (acronym.length() < 2 || acronym.length() > 10 || !Character.isUpperCase(acronym.charAt(0))) {
      return false;
    }
    StringBuilder letters = new StringBuilder();
    for (int k = 0; k < acronym.length(); k++) {
      char c = acronym.charAt(k);
      if (Character.isLetter(c)) {
        letters.append(Character.toUpperCase(c));
      } else if (c != '&' && c != '.' && c != '-') {
        return false;
      }
    }
    StringBuilder all = new StringBuilder();
    StringBuilder content = new StringBuilder();
    String[] words = WORD_BREAKS.split(name);
    for (int k = 0; k < words.length; k++) {
      String word = words[k];
      if (word.isEmpty() || (k == 0 && word.equalsIgnoreCase("the"))) {
        continue;
      }
      char initial = Character.toUpperCase(word.charAt(0));
      if (!Character.isLetter(initial)) {
        continue;
      }
      all.append(initial);
      if (!ACRONYM_SKIPPED.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        content.append(initial);
      }
    }
    String wanted = letters.toString();
    return wanted.length() >= 2 && (wanted.contentEquals(content) || wanted.contentEquals(all));
  }

  /** Tokens t..n of the sentence of tokens [first, end) are not part of a longer run of capitalized words. */
  private static boolean isWholeName(Document document, int first, int end, int t, int n) {
    String text = document.text();
    boolean capitalizedBefore = t > first && Character.isUpperCase(text.charAt(document.tokenStart(t - 1)))
        && t - 1 > first; // a capitalized first word of the sentence may be any word
    boolean capitalizedAfter = n + 1 < end && Character.isUpperCase(text.charAt(document.tokenStart(n + 1)));
    // "House-Senate", "S&P 500": part of a compound or of a name with a number
    boolean joinedBefore = document.tokenStart(t) > 0 && isJoiner(text.charAt(document.tokenStart(t) - 1));
    boolean joinedAfter = document.tokenEnd(n) < text.length() && isJoiner(text.charAt(document.tokenEnd(n)));
    boolean numberAfter = n + 1 < end && Character.isDigit(text.charAt(document.tokenStart(n + 1)));
    return !capitalizedBefore && !capitalizedAfter && !joinedBefore && !joinedAfter && !numberAfter;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '/' || c == '&';
  }

  private static boolean isSorted(int[] starts) {
    for (int k = 1; k < starts.length; k++) {
      if (starts[k] < starts[k - 1]) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlaps(List<Mention> mentions, int[] starts, boolean sorted, int start, int end) {
    if (!sorted) {
      return overlapsAny(mentions, start, end);
    }
    // Mentions are disjoint and sorted: only the last one starting before end can overlap.
    int at = Arrays.binarySearch(starts, end);
    int k = (at >= 0 ? at : -at - 1) - 1;
    while (k >= 0 && starts[k] == end) {
      k--;
    }
    return k >= 0 && mentions.get(k).end() > start;
  }

  /** Copies are added in document order, disjoint: only the last one can reach past start. */
  private static boolean overlapsLast(List<Mention> added, int start) {
    return !added.isEmpty() && added.get(added.size() - 1).end() > start;
  }

  private static boolean overlapsAny(List<Mention> mentions, int start, int end) {
    for (Mention mention : mentions) {
      if (mention.start() < end && start < mention.end()) {
        return true;
      }
    }
    return false;
  }

  /** The labels one name got, and their probabilities. */
  private static final class Votes {
    private final Map<Label, Integer> counts = new java.util.EnumMap<>(Label.class);
    private double probabilitySum;
    private int total;

    void add(Mention mention) {
      counts.merge(mention.label(), 1, Integer::sum);
      probabilitySum += mention.confidence();
      total++;
    }

    Label label() {
      // most votes; ties broken by name so the result does not depend on hash order
      return counts.entrySet().stream()
          .max(Map.Entry.<Label, Integer>comparingByValue()
              .thenComparing(e -> e.getKey().name(), Comparator.reverseOrder()))
          .orElseThrow().getKey();
    }

    double meanProbability() {
      return probabilitySum / total;
    }
  }
}
