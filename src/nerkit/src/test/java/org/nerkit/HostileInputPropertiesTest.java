package org.nerkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.nerkit.tokenize.SentenceSplitter;
import org.nerkit.tokenize.Tokenizer;

/**
 * Whatever a crawler delivers, extraction returns normally with valid, exact spans. Inputs mix
 * news-like text with the hostile material ingestion sees: surrogate pairs and lone surrogates,
 * control characters, right-to-left and mixed scripts, markup, Windows line endings, runs of
 * blank lines, long unbroken words. Seeds are fixed so that every run tests the same inputs.
 */
class HostileInputPropertiesTest {
  private static EntityExtractor extractor;
  private static SentenceSplitter sentences;
  private static final Tokenizer TOKENIZER = new Tokenizer();

  @BeforeContainer
  static void load() throws Exception {
    extractor = EntityExtractor.english();
    sentences = SentenceSplitter.english();
  }

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> news = Arbitraries.of(
        "Russian President Vladimir Putin met Kazakh officials in Moscow on September 16, 2021.",
        "The U.S.-led mission ended after 20 years; the Taliban took Kabul a month ago.",
        "\"We will act,\" said Angela Merkel's spokesman on Wednesday.",
        "The European Union (EU) and the World Health Organization said so.",
        "Afghanistan’s neighbors, Tajikistan and Uzbekistan, met in Dushanbe.",
        "Mr. Smith, 61 years old, left I.B.M. Corp. in 1999.");
    Arbitrary<String> hostile = Arbitraries.of(
        "\uD83D\uDE00", "\uD83C\uDDF7\uD83C\uDDFA", "\uD800", "\uDFFF", "\u0000", "\u0007", "\u001B[31m", "\u00A0",
        "\u200B", "\uFEFF", "\u2028", "\u202E", "مرحبا بالعالم", "שלום", "Москва", "北京", "<p>", "</b>", "&amp;", "**",
        "[link](http://x.y/z?a=b&c=d)", "\r\n", "\r", "\n\n\n\n", "\t", "...", "--", "—", "'s", "n't", "-", ".", "@",
        "https://example.org/a.b.c", "user@example.com", "1,000.50", "09/16/2021", "'90s", "U.S.", "(", ")", "\"");
    Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, news), net.jqwik.api.Tuple.of(5, hostile), net.jqwik.api.Tuple.of(2, anyChars));
    Arbitrary<String> separator = Arbitraries.of("", " ", "\n", "\r\n", "\u00A0", "\n\n", "  ");
    return Arbitraries.lazy(() -> piece.list().ofMaxSize(12).flatMap(pieces ->
        separator.list().ofSize(pieces.size()).map(separators -> {
          StringBuilder text = new StringBuilder();
          for (int k = 0; k < pieces.size(); k++) {
            text.append(pieces.get(k)).append(separators.get(k));
          }
          return text.toString();
        })));
  }

  @Property(tries = 1500, seed = "20261123")
  void extractionReturnsExactSpansForAnyText(@ForAll("hostileText") String text) {
    Extraction result = extractor.extract(text, LocalDate.of(2021, 9, 16));
    assertEquals(text, result.text());
    int previousStart = -1;
    for (Entity entity : result.entities()) {
      assertSpan(text, entity.start(), entity.end(), entity.text());
      assertTrue(entity.start() >= previousStart, "entities in text order");
      previousStart = entity.start();
      assertTrue(entity.confidence() >= 0 && entity.confidence() <= 1);
    }
    int previousEnd = 0;
    for (Token token : result.tokens()) {
      assertSpan(text, token.start(), token.end(), token.text());
      assertTrue(token.start() >= previousEnd, "tokens ordered and disjoint");
      previousEnd = token.end();
    }
    for (Sentence sentence : result.sentences()) {
      assertSpan(text, sentence.start(), sentence.end(), sentence.text());
      for (Token token : result.tokens().subList(sentence.firstToken(), sentence.endToken())) {
        assertTrue(token.start() >= sentence.start() && token.end() <= sentence.end());
      }
    }
    assertEquals(result, extractor.extract(text, LocalDate.of(2021, 9, 16)), "deterministic");
  }

  @Property(tries = 3000, seed = "20261124")
  void tokensCoverEveryNonSpaceCharacterExactlyOnce(@ForAll("hostileText") String text) {
    int[] offsets = TOKENIZER.tokenize(text, 0, text.length());
    boolean[] covered = new boolean[text.length()];
    for (int k = 0; k < offsets.length; k += 2) {
      assertSpan(text, offsets[k], offsets[k + 1], text.substring(offsets[k], offsets[k + 1]));
      for (int i = offsets[k]; i < offsets[k + 1]; i++) {
        assertFalse(covered[i], "overlapping tokens at " + i);
        covered[i] = true;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
      assertEquals(!space, covered[i], "character " + i + " (U+" + Integer.toHexString(c) + ") in a token iff not space");
    }
  }

  @Property(tries = 3000, seed = "20261125")
  void sentencesLoseNoText(@ForAll("hostileText") String text) {
    int[] spans = sentences.split(text);
    boolean[] covered = new boolean[text.length()];
    for (int k = 0; k < spans.length; k += 2) {
      assertSpan(text, spans[k], spans[k + 1], text.substring(spans[k], spans[k + 1]));
      for (int i = spans[k]; i < spans[k + 1]; i++) {
        assertFalse(covered[i], "overlapping sentences");
        covered[i] = true;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF')) {
        assertTrue(covered[i], "character " + i + " outside every sentence");
      }
    }
  }

  /** A valid span of the text, equal to its claimed text, not cutting a surrogate pair in two. */
  static void assertSpan(String text, int start, int end, String claimed) {
    assertTrue(0 <= start && start < end && end <= text.length(), "span [" + start + ", " + end + ") of " + text.length());
    assertEquals(claimed, text.substring(start, end));
    assertFalse(start > 0 && Character.isHighSurrogate(text.charAt(start - 1)) && Character.isLowSurrogate(text.charAt(start)),
        "span starts inside a surrogate pair");
    assertFalse(end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end)),
        "span ends inside a surrogate pair");
  }

}
