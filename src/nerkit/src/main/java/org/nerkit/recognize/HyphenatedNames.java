package org.nerkit.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;

/**
 * A name the recognizer cut at a hyphen takes in the rest of the hyphenated word: "Gaelle
 * Sidot" in "Anne-Gaelle Sidot", "Itar" in "Itar-Tass", "Chester" in "Chester-le-Street". The
 * tokenizer splits hyphens as OntoNotes does, and the recognizer then sometimes tags only one
 * side. Only capitalized parts (with particles between them) are taken, never a part that
 * another mention covers ("Merkel-Macron talks" with both tagged stays two names), a word in
 * capitals (a wire-service topic: "SOCCER-SHEARER NAMED"), a lower-case word ("Boston-based"),
 * nor the other half of a pair before a noun ("the House-Senate conference"). A given name the
 * recognizer tagged apart ("Karl" and "Heinz Rummenigge") is joined to the rest of the name.
 */
final class HyphenatedNames {
  private HyphenatedNames() {}

  /** Lower-case words inside hyphenated names ("Ata-ur-Rehman", "Chester-le-Street"). */
  private static final Set<String> NAME_PARTICLES = Set.of(
      "al", "el", "ul", "ur", "ud", "le", "la", "de", "du", "des", "di", "da", "von", "van", "bin", "ibn", "abu", "on",
      "upon", "sur", "en", "y");

  /** The mentions, in order, each widened over the hyphenated word it was cut from (dates as they are). */
  static List<Mention> joined(String text, List<Mention> mentions) {
    List<Mention> result = new ArrayList<>(mentions.size());
    for (int k = 0; k < mentions.size(); k++) {
      Mention mention = mentions.get(k);
      if (mention.label() == Label.DATE) {
        result.add(mention);
        continue;
      }
      if (k + 1 < mentions.size() && isSplitGivenName(text, mention, mentions.get(k + 1))) {
        Mention rest = mentions.get(k + 1);
        result.add(new Mention(Label.PERSON, mention.start(), rest.end(), Math.min(mention.confidence(), rest.confidence())));
        k++;
        continue;
      }
      int floor = result.isEmpty() ? 0 : result.get(result.size() - 1).end();
      int ceiling = k + 1 < mentions.size() ? mentions.get(k + 1).start() : text.length();
      int start = hyphenatedStart(text, mention.start(), floor);
      int end = hyphenatedEnd(text, mention.end(), ceiling);
      boolean changed = start != mention.start() || end != mention.end();
      result.add(!changed || namesAPair(text, mention, end)
          ? mention
          : mention.withSpan(start, end));
    }
    return result;
  }

  /** Where the hyphenated word ending at {@code start} (before "-") begins, if its parts are a name's; else {@code start}. */
  private static int hyphenatedStart(String text, int start, int floor) {
    int best = start;
    int at = start;
    while (at - 2 >= floor && text.charAt(at - 1) == '-' && Character.isLetter(text.charAt(at - 2))) {
      int wordStart = at - 1;
      while (wordStart > floor && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = text.substring(wordStart, at - 1);
      if (isAllCapitals(word)) {
        break; // a wire-service topic before a headline: "SOCCER-SHEARER NAMED AS CAPTAIN"
      } else if (Character.isUpperCase(word.charAt(0))) {
        best = wordStart;
      } else if (!NAME_PARTICLES.contains(word)) {
        break;
      }
      at = wordStart;
    }
    return best != start && isWordStart(text, best) ? best : start;
  }

  /** Where the hyphenated word starting at {@code end} (with "-") ends, if its parts are a name's; else {@code end}. */
  private static int hyphenatedEnd(String text, int end, int ceiling) {
    int best = end;
    int at = end;
    while (at + 1 < ceiling && text.charAt(at) == '-' && Character.isLetter(text.charAt(at + 1))) {
      int wordEnd = at + 1;
      while (wordEnd < ceiling && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String word = text.substring(at + 1, wordEnd);
      if (isAllCapitals(word)) {
        break; // "RUGBY UNION-ENGLISH RESULTS": a topic, then the headline
      } else if (Character.isUpperCase(word.charAt(0))) {
        best = wordEnd;
      } else if (!NAME_PARTICLES.contains(word)) {
        break;
      }
      at = wordEnd;
    }
    return best != end && isWordEnd(text, best) ? best : end;
  }

  /**
   * A hyphenated given name the recognizer tagged as two people, "Karl" and "Heinz Rummenigge"
   * in "Karl-Heinz Rummenigge": one capitalized word, a hyphen, then a name of several words.
   * Two one-word names stay two ("the Merkel-Macron talks").
   */
  private static boolean isSplitGivenName(String text, Mention first, Mention rest) {
    return first.label() == Label.PERSON && rest.label() == Label.PERSON
        && rest.start() == first.end() + 1 && text.charAt(first.end()) == '-'
        && Character.isUpperCase(text.charAt(first.start())) && Character.isUpperCase(text.charAt(rest.start()))
        && text.substring(first.start(), first.end()).chars().allMatch(Character::isLetter)
        && text.substring(rest.start(), rest.end()).indexOf(' ') > 0;
  }

  /**
   * A one-word name in a hyphenated pair used before a noun names one of two ("the House-Senate
   * conference", "the Wang-Gu talks"), not one longer name.
   */
  private static boolean namesAPair(String text, Mention mention, int compoundEnd) {
    for (int k = mention.start(); k < mention.end(); k++) {
      if (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '\u00A0') {
        return false;
      }
    }
    int next = compoundEnd;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return next > compoundEnd && next < text.length() && Character.isLowerCase(text.charAt(next));
  }

  private static boolean isAllCapitals(String word) {
    return word.length() > 1 && word.chars().noneMatch(Character::isLowerCase);
  }

  private static boolean isWordStart(String text, int at) {
    return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
  }

  private static boolean isWordEnd(String text, int at) {
    return at == text.length() || !Character.isLetterOrDigit(text.charAt(at));
  }
}
