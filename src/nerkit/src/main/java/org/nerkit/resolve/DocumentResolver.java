package org.nerkit.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.nerkit.util.MentionText;

/**
 * Groups the mentions of one document into entities and names each entity canonically:
 * a surname joins the one full name ending in it ("Putin" with "Vladimir Putin"; titles such as
 * "President" are never part of the name), an acronym joins its long form — defined in the text
 * as "Long Form (ACR)" or "ACR (Long Form)" (Schwartz–Hearst) or spelled by its initials —
 * whatever the British or American spelling ("Organisation"/"Organization"), a country's
 * aliases join by ISO code ("U.S." with "the United States"), a place joins its other mentions.
 * When a short name fits two different full names it stays on its own: leaving a mention
 * unresolved is better than merging two people. Stateless and thread-safe.
 */
public final class DocumentResolver {

  /** What a mention names; each kind has its own alias rules. */
  public enum Kind { PERSON, ORGANIZATION, COUNTRY, LOCATION }

  /**
   * A mention to resolve: its kind, text as written, and for countries the ISO code that
   * identifies them (null otherwise).
   */
  public record Name(Kind kind, String text, String code) {
    public Name {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The entity a mention belongs to: a number shared by all its mentions, and its canonical name. */
  public record Resolution(int entity, String canonical) {}

  /** Words that introduce a person but are not the name ("President", "Foreign Minister", "Mr."). */
  private static final Set<String> TITLES = Set.of(
      "President", "Vice", "Prime", "Minister", "Foreign", "Defense", "Defence", "Interior", "Finance", "Deputy",
      "Secretary", "Secretary-General", "General", "Gen.", "Chancellor", "King", "Queen", "Prince", "Princess",
      "Crown", "Emperor", "Sheikh", "Emir", "Pope", "Sir", "Lord", "Lady", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
      "Professor", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Mayor", "Judge", "Justice",
      "Chairman", "Chairwoman", "Chief", "Executive", "Ambassador", "Envoy", "Spokesman", "Spokeswoman",
      "Colonel", "Col.", "Lt.", "Capt.", "Captain", "Commander", "Admiral", "Adm.", "Marshal", "Sgt.", "Rev.",
      "Father", "Imam", "Ayatollah", "Grand", "Mufti", "Rabbi", "Bishop", "Cardinal", "Speaker", "Premier");
  private static final Set<String> ACRONYM_SKIP_WORDS = Set.of("of", "the", "and", "for", "in", "on", "&", "de", "to");
  /** British spellings folded to American ones, so that both spellings name one organisation. */
  private static final String[][] SPELLINGS = {
      {"isation", "ization"}, {"ise ", "ize "}, {"centre", "center"}, {"defence", "defense"}, {"labour", "labor"},
      {"programme", "program"}};

  public DocumentResolver() {}

  /** One resolution per name, in input order; entity numbers count up from 0 in order of first mention. */
  public List<Resolution> resolve(String documentText, List<Name> names) {
    Objects.requireNonNull(documentText, "documentText");
    Map<String, String> definitions = AbbreviationDefinitions.find(documentText);
    Map<String, Set<String>> personsByEnding = new HashMap<>();
    Map<String, Set<String>> orgByInitials = new HashMap<>();
    Map<String, String> orgBySpelling = new LinkedHashMap<>();
    for (Name name : names) {
      String clean = clean(name);
      if (name.kind() == Kind.PERSON) {
        // Under each of its word endings ("putin" of "Vladimir Putin"): a short name finds the
        // full names it can stand for in one lookup, not by reading every name of the document.
        for (int space = clean.indexOf(' '); space >= 0; space = clean.indexOf(' ', space + 1)) {
          personsByEnding.computeIfAbsent(clean.substring(space + 1).toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>())
              .add(clean);
        }
      } else if (name.kind() == Kind.ORGANIZATION && orgBySpelling.putIfAbsent(spellingKey(clean), clean) == null) {
        // one entry per name whatever its spelling: "Organisation" and "Organization" are one candidate
        orgByInitials.computeIfAbsent(initials(clean).toUpperCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(clean);
      }
    }
    Map<String, Integer> entityNumbers = new HashMap<>();
    Map<Name, Resolution> memo = new HashMap<>();
    List<Resolution> resolutions = new ArrayList<>(names.size());
    for (Name name : names) {
      Resolution resolution = memo.computeIfAbsent(name, n -> {
        String canonical = canonical(n, definitions, personsByEnding, orgByInitials, orgBySpelling);
        String key = n.kind() + "|" + switch (n.kind()) {
          case COUNTRY -> n.code() == null ? canonical.toLowerCase(Locale.ROOT) : n.code();
          case ORGANIZATION -> spellingKey(canonical);
          default -> canonical.toLowerCase(Locale.ROOT);
        };
        int number = entityNumbers.computeIfAbsent(key, k -> entityNumbers.size());
        return new Resolution(number, canonical);
      });
      resolutions.add(resolution);
    }
    // Every mention of an entity carries the entity's fullest name (countries: "the United States" for "U.S.").
    Map<Integer, String> fullest = new HashMap<>();
    for (Resolution r : resolutions) {
      fullest.merge(r.entity(), r.canonical(), (a, b) -> b.length() > a.length() ? b : a);
    }
    List<Resolution> result = new ArrayList<>(resolutions.size());
    for (Resolution r : resolutions) {
      result.add(new Resolution(r.entity(), fullest.get(r.entity())));
    }
    return result;
  }

  private static String clean(Name name) {
    String folded = MentionText.fold(name.text());
    return name.kind() == Kind.PERSON ? withoutTitles(folded) : folded;
  }

  /** "Foreign Minister Sergei Ivanov" → "Sergei Ivanov"; a name that is only titles stays as it is. */
  static String withoutTitles(String name) {
    String[] words = name.split(" ");
    int first = 0;
    while (first < words.length - 1 && TITLES.contains(words[first])) {
      first++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
  }

  private static String canonical(Name name, Map<String, String> definitions, Map<String, Set<String>> personsByEnding,
      Map<String, Set<String>> orgByInitials, Map<String, String> orgBySpelling) {
    String own = clean(name);
    switch (name.kind()) {
      case PERSON -> {
        Set<String> candidates = new LinkedHashSet<>();
        for (String longer : personsByEnding.getOrDefault(own.toLowerCase(Locale.ROOT), Set.of())) {
          if (longer.length() > own.length() && endsWithWords(longer, own)) {
            candidates.add(longer);
          }
        }
        return pickLongest(own, candidates);
      }
      case ORGANIZATION -> {
        String longForm = definitions.get(own.replace(".", ""));
        if (longForm == null) {
          longForm = definitions.get(own);
        }
        if (longForm != null) {
          String written = orgBySpelling.get(spellingKey(MentionText.fold(longForm)));
          return written != null ? written : MentionText.fold(longForm);
        }
        if (isAcronym(own)) {
          Set<String> candidates = new LinkedHashSet<>();
          for (String longer : orgByInitials.getOrDefault(own.replace(".", "").toUpperCase(Locale.ROOT), Set.of())) {
            if (longer.length() > own.length()) {
              candidates.add(longer);
            }
          }
          return pickLongest(own, candidates);
        }
        return own;
      }
      default -> {
        return own;
      }
    }
  }

  /**
   * The longest candidate, provided every other candidate is part of it; two unrelated
   * candidates (two different people) leave the short name as it is.
   */
  private static String pickLongest(String own, Set<String> candidates) {
    String longest = null;
    for (String candidate : candidates) {
      if (longest == null || candidate.length() > longest.length()) {
        longest = candidate;
      }
    }
    if (longest == null) {
      return own;
    }
    for (String candidate : candidates) {
      if (!(" " + longest + " ").contains(" " + candidate + " ") && !endsWithWords(longest, candidate)) {
        return own;
      }
    }
    return longest;
  }

  /** "Vladimir Putin" ends with the words "Putin"; case-insensitive for ALL-CAPS text. */
  private static boolean endsWithWords(String full, String tail) {
    return full.length() > tail.length() && full.regionMatches(true, full.length() - tail.length(), tail, 0, tail.length())
        && full.charAt(full.length() - tail.length() - 1) == ' ';
  }

  /** "NATO", "U.N.": two to eight capitals, periods allowed, no spaces. */
  public static boolean isAcronym(String name) {
    String letters = name.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 8 && !letters.contains(" ")
        && letters.equals(letters.toUpperCase(Locale.ROOT)) && letters.chars().anyMatch(Character::isLetter);
  }

  private static final Pattern WORD_BREAK = Pattern.compile("[ \\-]"); // compiled once, unlike String.split's

  /** First letters of a name's words, skipping "of", "the", "and"...: "IAEA" for "International Atomic Energy Agency". */
  public static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : WORD_BREAK.split(name)) {
      if (!word.isEmpty() && !ACRONYM_SKIP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }

  /** Lower case with British spellings made American: one key for both spellings of a name. */
  public static String spellingKey(String name) {
    String key = name.toLowerCase(Locale.ROOT) + " ";
    for (String[] pair : SPELLINGS) {
      key = key.replace(pair[0], pair[1]);
    }
    return key.strip();
  }
}
