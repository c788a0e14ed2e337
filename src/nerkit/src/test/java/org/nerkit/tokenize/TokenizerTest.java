package org.nerkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The U.S.-led mission ended.                 | The U.S. - led mission ended .
      Russia's army and the Americans' plan       | Russia 's army and the Americans ' plan
      They don't know, he said.                   | They do n't know , he said .
      the Tajik-Afghan border                     | the Tajik - Afghan border
      a 20-year-old mission                       | a 20 - year - old mission
      ex-Soviet Tajikistan                        | ex-Soviet Tajikistan
      in mid-September                            | in mid-September
      Sept. 16, 2021                              | Sept. 16 , 2021
      Mr. Smith met Dr. Jones at 5 p.m. today.    | Mr. Smith met Dr. Jones at 5 p.m. today .
      It cost $1,500 (about 12%).                 | It cost $ 1,500 ( about 12 % ) .
      "unfavorable," he said                      | " unfavorable , " he said
      on 2021-09-16 and 09/16/2021                | on 2021-09-16 and 09/16/2021
      see https://example.org/a-b.html.           | see https://example.org/a-b.html .
      the '90s were over...                       | the '90s were over ...
      Afghanistan’s neighbors                     | Afghanistan ’s neighbors
      a firm in Glendale, Calif., said            | a firm in Glendale , Calif. , said
      Rep. Jim Courter of N.J. spoke              | Rep. Jim Courter of N.J. spoke
      he was ill. The mass.                       | he was ill . The mass .
      bonds sold in the U.S..                     | bonds sold in the U.S. .
      bonds sold in the U.S.                      | bonds sold in the U.S.
      a unit of Mazda Motor Corp.                 | a unit of Mazda Motor Corp .
      Bailey of Trenton, N.J.                     | Bailey of Trenton , N.J .
      Chrysler Corp.'s division and the U.S.'s    | Chrysler Corp. 's division and the U.S. 's
      1. Smith (Kenya) 3:31.67 2. Jones (Peru)    | 1. Smith ( Kenya ) 3:31.67 2. Jones ( Peru )
      the top 10. Then came 125. Others           | the top 10. Then came 125 . Others
      a margin of 2. ended 2.5 to 2.              | a margin of 2 . ended 2.5 to 2 .
      ex-Sen. Sam Nunn and a Ph.D. student        | ex-Sen. Sam Nunn and a Ph.D. student
      the Anglo-Saxon-Ltd. deal                   | the Anglo - Saxon - Ltd. deal
      """)
  void splitsLikeOntoNotes(String text, String expected) {
    assertEquals(List.of(expected.split(" ")), tokenizer.tokenStrings(text));
  }

  @Test
  void offsetsPointIntoTheOriginalTextAcrossLineBreaksAndNonBreakingSpaces() {
    String text = "Foreign Minister\u00A0Sergei\r\nLavrova said\u2009so.\n\n  Next";
    int[] offsets = tokenizer.tokenize(text, 0, text.length());
    List<String> tokens = tokenizer.tokenStrings(text);
    assertEquals(List.of("Foreign", "Minister", "Sergei", "Lavrova", "said", "so", ".", "Next"), tokens);
    for (int k = 0; k < offsets.length; k += 2) {
      assertEquals(tokens.get(k / 2), text.substring(offsets[k], offsets[k + 1]));
    }
  }

  @Test
  void tokenizesOnlyTheRequestedRange() {
    String text = "ignored. Kept words here. ignored";
    int[] offsets = tokenizer.tokenize(text, 9, 25);
    assertEquals(8, offsets.length);
    assertEquals("Kept", text.substring(offsets[0], offsets[1]));
    assertEquals(".", text.substring(offsets[6], offsets[7]));
  }

  @Test
  void aWordOfTrailingPunctuationSplitsIntoEveryMark() {
    // Each period stripped off the end asks whether the rest is an abbreviation: that question
    // must not read the whole rest of the word again.
    String text = "x" + ".)".repeat(160_000);
    List<String> tokens = tokenizer.tokenStrings(text);
    assertEquals(320_001, tokens.size());
    assertEquals(List.of("x", ".", ")", "."), tokens.subList(0, 4));
    assertEquals(List.of(".", ")"), tokens.subList(tokens.size() - 2, tokens.size()));
  }

  @Test
  void aLongWordOfLettersAndPeriodsKeepsItsInnerPeriods() {
    String text = "a.".repeat(160_000) + " b";
    assertEquals(List.of(text.substring(0, 320_000), "b"), tokenizer.tokenStrings(text));
  }

  @Test
  void emptyAndBlankInputGiveNoTokens() {
    assertEquals(0, tokenizer.tokenize("", 0, 0).length);
    assertEquals(0, tokenizer.tokenize(" \n\t\u00A0 ", 0, 5).length);
  }
}
