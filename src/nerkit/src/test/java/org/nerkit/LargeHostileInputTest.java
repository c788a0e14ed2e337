package org.nerkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Megabyte-sized pathological documents finish and give valid spans. The time limit is not a
 * speed target (see BENCHMARKS.md): each case takes seconds when extraction is linear in the
 * input, and would take hours if any stage were quadratic, which is what this guards against.
 */
class LargeHostileInputTest {
  private static EntityExtractor extractor;
  private static final int MEGABYTE = 1_000_000;

  @BeforeAll
  static void load() {
    extractor = EntityExtractor.english();
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("one 1 MB word without spaces", "x".repeat(MEGABYTE)),
        Arguments.of("a word full of periods", "a.".repeat(MEGABYTE / 2)),
        Arguments.of("only punctuation", ".,;!?-\"'()".repeat(MEGABYTE / 10)),
        Arguments.of("only digits", "1234567890".repeat(MEGABYTE / 10)),
        Arguments.of("at signs", "@".repeat(MEGABYTE)),
        Arguments.of("emoji", "\uD83D\uDE00".repeat(MEGABYTE / 2)),
        Arguments.of("lone surrogates", "\uD800a\uDC00".repeat(MEGABYTE / 3)),
        Arguments.of("NUL and control characters", "\u0000\u0001\u0007\u001B".repeat(MEGABYTE / 4)),
        Arguments.of("thousands of blank lines", "\n".repeat(MEGABYTE / 2) + "Kenya" + "\r\n\r\n".repeat(MEGABYTE / 8)),
        Arguments.of("HTML markup", "<div class=\"x\"><p>Paris &amp; <b>Rome</b></p></div>\r\n".repeat(MEGABYTE / 50)),
        Arguments.of("words without any sentence end", "Smith and Jones ".repeat(MEGABYTE / 16)),
        Arguments.of("the same sentence 100 000 times",
            "Angela Merkel met Joe Biden in Berlin on Monday. ".repeat(100_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void finishesWithValidSpans(String name, String text) {
    Extraction result = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> extractor.extract(text));
    assertEquals(text.length(), result.text().length());
    for (Entity entity : result.entities()) {
      HostileInputPropertiesTest.assertSpan(text, entity.start(), entity.end(), entity.text());
    }
    for (Token token : result.tokens()) {
      HostileInputPropertiesTest.assertSpan(text, token.start(), token.end(), token.text());
    }
  }
}
