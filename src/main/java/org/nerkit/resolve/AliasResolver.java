package org.nerkit.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nerkit.util.MentionText;

/**
 * Gives each person and organisation mention the canonical name the document uses for it:
 * a surname points to the one full name ending in it ("Putin" to "Vladimir Putin"), an acronym to
 * the long form whose initials it spells ("CSTO" to "Collective Security Treaty Organization").
 * When a short form fits two different full names the mention keeps its own name: leaving a
 * mention unresolved is better than merging two people. Stateless and thread-safe.
 */
public final class AliasResolver {

  /** What is being named; persons and organisations follow different alias rules. */
  public enum Kind { PERSON, ORGANIZATION }

  /** A name mention: its kind and its text as written. */
  public record Name(Kind kind, String text) {
    public Name {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  private static final Set<String> ACRONYM_SKIP_WORDS = Set.of("of", "the", "and", "for", "in", "on", "&", "de", "to");

  public AliasResolver() {}

  /**
   * Canonical names, one per input name, in input order. Work grows with the number of distinct
   * names, not of mentions: a name repeated a thousand times is resolved once.
   */
  public List<String> canonicalNames(List<Name> names) {
    Map<Name, String> resolved = new HashMap<>();
    Map<Kind, Index> indexes = new EnumMap<>(Kind.class);
    for (Name name : names) {
      indexes.computeIfAbsent(name.kind(), k -> new Index()).add(MentionText.fold(name.text()));
    }
    List<String> canonical = new ArrayList<>(names.size());
    for (Name name : names) {
      canonical.add(resolved.computeIfAbsent(name, n -> resolve(n.kind(), MentionText.fold(n.text()), indexes.get(n.kind()))));
    }
    return canonical;
  }

  /** The distinct names of one kind, indexed by last word and by initials. */
  private static final class Index {
    private final Map<String, Set<String>> byLastWord = new HashMap<>();
    private final Map<String, Set<String>> byInitials = new HashMap<>();

    void add(String name) {
      byLastWord.computeIfAbsent(lastWord(name), k -> new LinkedHashSet<>()).add(name);
      byInitials.computeIfAbsent(initials(name).toUpperCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(name);
    }
  }

  private static String resolve(Kind kind, String own, Index index) {
    Set<String> candidates = new LinkedHashSet<>();
    if (kind == Kind.PERSON) {
      for (String longer : index.byLastWord.getOrDefault(lastWord(own), Set.of())) {
        if (longer.length() > own.length() && isPartOfPersonName(own, longer)) {
          candidates.add(longer);
        }
      }
    } else if (isAcronym(own)) {
      for (String longer : index.byInitials.getOrDefault(own.replace(".", "").toUpperCase(Locale.ROOT), Set.of())) {
        if (longer.length() > own.length()) {
          candidates.add(longer);
        }
      }
    }
    return pickLongest(own, candidates);
  }

  /**
   * Candidates are full names containing the short one. The answer is the longest, provided
   * every other candidate is part of it; two unrelated candidates (two different people) leave the
   * short name as it is.
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
      if (!containsWords(longest, candidate)) {
        return own;
      }
    }
    return longest;
  }

  private static String lastWord(String name) {
    return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  /** "Putin" in "Vladimir Putin"; "Vladimir Putin" in "Vladimir V. Putin" is not tried (different words). */
  private static boolean isPartOfPersonName(String shortName, String fullName) {
    String[] shortWords = shortName.split(" ");
    String[] fullWords = fullName.split(" ");
    if (shortWords.length >= fullWords.length) {
      return false;
    }
    // The surname (last words) is the usual short form; a lone first name is too, less often.
    boolean suffix = true;
    for (int k = 1; k <= shortWords.length; k++) {
      if (!shortWords[shortWords.length - k].equalsIgnoreCase(fullWords[fullWords.length - k])) {
        suffix = false;
        break;
      }
    }
    return suffix;
  }

  /** "NATO", "U.N.": two to eight capitals, periods allowed, no spaces. */
  private static boolean isAcronym(String name) {
    String letters = name.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 8 && !letters.contains(" ")
        && letters.equals(letters.toUpperCase(Locale.ROOT)) && letters.chars().anyMatch(Character::isLetter);
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split("[ \\-]")) {
      if (word.isEmpty() || ACRONYM_SKIP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      initials.append(word.charAt(0));
    }
    return initials.toString();
  }

  private static boolean containsWords(String longer, String shorter) {
    return (" " + longer + " ").contains(" " + shorter + " ");
  }
}
