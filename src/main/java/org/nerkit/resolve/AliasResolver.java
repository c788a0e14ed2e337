package org.nerkit.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

  /** Canonical names, one per input name, in input order. */
  public List<String> canonicalNames(List<Name> names) {
    List<String> cleaned = new ArrayList<>(names.size());
    for (Name name : names) {
      cleaned.add(MentionText.fold(name.text()));
    }
    List<String> canonical = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      Kind kind = names.get(i).kind();
      String own = cleaned.get(i);
      Set<String> candidates = new LinkedHashSet<>();
      for (int j = 0; j < names.size(); j++) {
        if (names.get(j).kind() != kind || cleaned.get(j).length() <= own.length()) {
          continue;
        }
        String longer = cleaned.get(j);
        boolean alias = kind == Kind.PERSON ? isPartOfPersonName(own, longer) : isOrganizationAlias(own, longer);
        if (alias) {
          candidates.add(longer);
        }
      }
      canonical.add(pickLongest(own, candidates));
    }
    return canonical;
  }

  /**
   * Candidates are full names containing the short one; keep those that are not themselves part
   * of a longer candidate. One survivor is the answer; several distinct people mean ambiguity.
   */
  private static String pickLongest(String own, Set<String> candidates) {
    List<String> maximal = new ArrayList<>();
    for (String candidate : candidates) {
      boolean containedInOther = false;
      for (String other : candidates) {
        if (!other.equals(candidate) && containsWords(other, candidate)) {
          containedInOther = true;
          break;
        }
      }
      if (!containedInOther) {
        maximal.add(candidate);
      }
    }
    return maximal.size() == 1 ? maximal.get(0) : own;
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

  private static boolean isOrganizationAlias(String shortName, String longName) {
    String letters = shortName.replace(".", "");
    if (letters.length() >= 2 && letters.length() <= 8 && letters.equals(letters.toUpperCase(Locale.ROOT))
        && !letters.contains(" ")) {
      return letters.equalsIgnoreCase(initials(longName));
    }
    return false;
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
