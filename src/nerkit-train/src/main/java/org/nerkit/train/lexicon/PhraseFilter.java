package org.nerkit.train.lexicon;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which gazetteer phrases a model lexicon keeps. A phrase is its tokens joined by one space;
 * {@link #reject} says why one is dropped, or null when it is kept.
 *
 * @param junk what marks a phrase as an artifact of how the list was made rather than a name
 *     (URL escapes, mis-decoded UTF-8, HTML entities, control characters)
 * @param minTokens fewest tokens a phrase may have
 * @param maxTokens most tokens a phrase may have
 * @param minSingleTokenLength fewest characters (code points) a one-token phrase may have
 * @param commonWords lower-cased words that may not be a phrase on their own
 */
record PhraseFilter(Pattern junk, int minTokens, int maxTokens, int minSingleTokenLength, Set<String> commonWords) {
  /** Why a phrase was dropped; the names are the statistics' keys. */
  enum Reason {
    JUNK, TOO_FEW_TOKENS, TOO_MANY_TOKENS, EMPTY_TOKEN, COMMON_WORD, SHORT_WORD, NO_LETTER
  }

  PhraseFilter {
    if (minTokens < 1 || maxTokens < minTokens || minSingleTokenLength < 0) {
      throw new IllegalArgumentException("need 1 <= min tokens (" + minTokens + ") <= max tokens (" + maxTokens
          + ") and a single-token length >= 0 (" + minSingleTokenLength + ")");
    }
  }

  /** Why the phrase is dropped, or null to keep it. */
  Reason reject(String phrase) {
    if (isJunk(phrase)) {
      return Reason.JUNK;
    }
    String[] tokens = phrase.split(" ", -1);
    if (tokens.length > maxTokens) {
      return Reason.TOO_MANY_TOKENS;
    }
    for (String token : tokens) {
      if (token.isEmpty()) {
        return Reason.EMPTY_TOKEN;
      }
    }
    if (tokens.length < minTokens) {
      return Reason.TOO_FEW_TOKENS;
    }
    if (tokens.length == 1) {
      if (commonWords.contains(tokens[0])) {
        return Reason.COMMON_WORD;
      }
      if (tokens[0].codePointCount(0, tokens[0].length()) < minSingleTokenLength) {
        return Reason.SHORT_WORD;
      }
    }
    return Text.hasLetter(phrase) ? null : Reason.NO_LETTER;
  }

  boolean isJunk(String phrase) {
    return junk.matcher(phrase).find();
  }
}
