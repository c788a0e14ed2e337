package org.nerkit.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds abbreviation definitions written in a text, "Long Form (SF)" and "SF (Long Form)", with
 * the algorithm of Schwartz and Hearst (2003), "A simple algorithm for identifying abbreviation
 * definitions in biomedical text" (PSB 2003): the long form is the shortest run of words before
 * the parenthesis whose letters, read from the end, contain the short form's characters in order,
 * the first of them at the start of a word. Stateless and thread-safe.
 */
final class AbbreviationDefinitions {
  private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{1,120})\\)");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+"); // compiled once, unlike String.split's

  private AbbreviationDefinitions() {}

  /** Short form to long form, for every definition in the text (the first definition wins). */
  static Map<String, String> find(String text) {
    Map<String, String> definitions = new HashMap<>();
    Matcher m = PARENTHESIS.matcher(text);
    while (m.find()) {
      String inside = m.group(1).strip();
      String before = text.substring(Math.max(0, m.start() - 200), m.start());
      if (isShortForm(inside)) {
        // Long Form (SF): at most min(|SF| + 5, 2|SF|) words before the parenthesis.
        String[] words = WHITE_SPACE.split(before.strip());
        int maxWords = Math.min(inside.length() + 5, inside.length() * 2);
        String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - maxWords), words.length));
        String longForm = bestLongForm(inside, candidate);
        if (longForm != null) {
          definitions.putIfAbsent(inside, longForm);
        }
      } else {
        // SF (Long Form): the word just before the parenthesis is the short form.
        String[] words = WHITE_SPACE.split(before.strip());
        String shortForm = words.length == 0 ? "" : words[words.length - 1];
        if (isShortForm(shortForm) && WHITE_SPACE.split(inside).length > 1) {
          String longForm = bestLongForm(shortForm, inside);
          if (longForm != null) {
            definitions.putIfAbsent(shortForm, longForm);
          }
        }
      }
    }
    return definitions;
  }

  /** 2 to 10 characters, at most two words, starting with a letter or digit, with a capital letter. */
  static boolean isShortForm(String s) {
    if (s.length() < 2 || s.length() > 10 || WHITE_SPACE.split(s).length > 2 || !Character.isLetterOrDigit(s.charAt(0))) {
      return false;
    }
    return s.chars().anyMatch(Character::isUpperCase);
  }

  /** Schwartz and Hearst's findBestLongForm: match the short form's characters right to left. */
  static String bestLongForm(String shortForm, String longForm) {
    int s = shortForm.length() - 1;
    int l = longForm.length() - 1;
    for (; s >= 0; s--) {
      char c = Character.toLowerCase(shortForm.charAt(s));
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      while ((l >= 0 && Character.toLowerCase(longForm.charAt(l)) != c)
          || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1)))) {
        l--;
      }
      if (l < 0) {
        return null;
      }
      l--;
    }
    int start = longForm.lastIndexOf(' ', l) + 1;
    // "Organization of American States (OAS)": matching right to left stops at "of"; a long form
    // does not start with a lower-case word when the capitalized word before it has the initial.
    if (start > 1 && Character.isLowerCase(longForm.charAt(start)) && Character.isUpperCase(shortForm.charAt(0))) {
      int previous = longForm.lastIndexOf(' ', start - 2) + 1;
      if (previous < start - 1 && Character.isUpperCase(longForm.charAt(previous))
          && Character.toLowerCase(longForm.charAt(previous)) == Character.toLowerCase(shortForm.charAt(0))) {
        start = previous;
      }
    }
    String result = longForm.substring(start).strip();
    return result.isEmpty() || result.length() <= shortForm.length() ? null : result;
  }
}
