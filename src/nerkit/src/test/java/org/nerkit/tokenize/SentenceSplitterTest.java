package org.nerkit.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static SentenceSplitter splitter;

  @BeforeAll
  static void load() throws Exception {
    splitter = SentenceSplitter.english();
  }

  private static List<String> sentences(String text) {
    int[] spans = splitter.split(text);
    List<String> result = new ArrayList<>();
    for (int k = 0; k < spans.length; k += 2) {
      result.add(text.substring(spans[k], spans[k + 1]));
    }
    return result;
  }

  @Test
  void splitsSentencesAndKeepsAbbreviationsInside() {
    assertEquals(List.of("The U.S. Senate met on Monday.", "Mr. Brown spoke first."),
        sentences("The U.S. Senate met on Monday. Mr. Brown spoke first."));
  }

  @Test
  void aTitleOrAMiddleInitialBeforeANameEndsNoSentence() {
    assertEquals(List.of("So far, Mrs. Hills hasn't deemed any cases bad enough.", "She said so."),
        sentences("So far, Mrs. Hills hasn't deemed any cases bad enough. She said so."));
    assertEquals(List.of("Sales rose 20%.", "John R. Stevens, 49 years old, was named senior executive vice president."),
        sentences("Sales rose 20%. John R. Stevens, 49 years old, was named senior executive vice president."));
    assertEquals(List.of("J.P. Bolduc, vice chairman of W.R. Grace & Co., spoke."),
        sentences("J.P. Bolduc, vice chairman of W.R. Grace & Co., spoke."));
    assertFalse(SentenceSplitter.endsInsideName("Bonds were sold in the U.S. The bank said so.", 27));
    assertTrue(SentenceSplitter.endsInsideName("They met John R. Stevens.", 16));
    assertTrue(SentenceSplitter.endsInsideName("Sussex 363 (W. Athey 111)", 14));
    assertEquals(List.of("The great forests of Mt. Ali were discovered in 1899."),
        sentences("The great forests of Mt. Ali were discovered in 1899."));
  }

  @Test
  void aSentenceGoesOnAfterACompanyAbbreviationOrAMonthBeforeADay() {
    assertEquals(List.of("Computer rival NEC Corp. made a written apology for its bids."),
        sentences("Computer rival NEC Corp. made a written apology for its bids."));
    assertEquals(List.of("Whirlpool Corp., Benton Harbor, Mich., said it has a new process."),
        sentences("Whirlpool Corp., Benton Harbor, Mich., said it has a new process."));
    assertEquals(List.of("The case will be argued Nov. 29 in Washington."),
        sentences("The case will be argued Nov. 29 in Washington."));
    assertTrue(SentenceSplitter.continuesAfter("\"Who's really lying?\" asks a female voice.", 21));
    assertFalse(SentenceSplitter.continuesAfter("Sales fell. 1989 was a bad year.", 11));
  }

  @Test
  void aCompanyAbbreviationEndsASentenceBeforeAWordThatOnlyBeginsOne() {
    assertEquals(List.of("Dutch investors loaded up on Kellogg Co.", "Then, traders say, the index rose."),
        sentences("Dutch investors loaded up on Kellogg Co. Then, traders say, the index rose."));
    assertEquals(List.of("He is an engineer at Ford Motor Co.", "But he is best known for his designs."),
        sentences("He is an engineer at Ford Motor Co.\nBut he is best known for his designs."));
    assertEquals(List.of("The move was aimed at Texas Air Corp. Chairman Frank Lorenzo, analysts said."),
        sentences("The move was aimed at Texas Air Corp. Chairman Frank Lorenzo, analysts said."));
    String text = "Shares of Acme Inc. Holdings rose.";
    assertTrue(SentenceSplitter.endsAfterAbbreviations(text, 0, text.length()).isEmpty(), "a capitalized word may go on with the name");
  }

  @Test
  void aLineInCapitalsEndsAtItsLineBreak() {
    assertEquals(List.of("SCHEDULE", "KANSAS CITY AT DETROIT", "BOSTON AT OAKLAND", "Play starts at 7 p.m. in both."),
        sentences("SCHEDULE\nKANSAS CITY AT DETROIT\nBOSTON AT OAKLAND\nPlay starts at 7 p.m. in both."));
    assertEquals(List.of("The NATO summit in\nBrussels opens on Friday."), sentences("The NATO summit in\nBrussels opens on Friday."));
    assertEquals(List.of("He said the UN and\nNATO AGREED."), sentences("He said the UN and\nNATO AGREED."));
  }

  @Test
  void aBlankLineEndsAHeadlineWithoutAPeriod() {
    assertEquals(List.of("Leaders gather in Dushanbe", "The summit opens on Friday."),
        sentences("Leaders gather in Dushanbe\n\nThe summit opens on Friday."));
  }

  @Test
  void aSingleLineBreakInsideASentenceDoesNotSplitIt() {
    List<String> result = sentences("The ministers of\nforeign affairs met in Kabul.");
    assertEquals(1, result.size());
  }

  @Test
  void noNonSpaceCharacterIsLeftOutsideEverySentence() {
    String text = "  First one. Second one!\r\n\r\n\r\nThird without end\n\n  ";
    int[] spans = splitter.split(text);
    int covered = 0;
    for (int k = 0; k < spans.length; k += 2) {
      covered += text.substring(spans[k], spans[k + 1]).replaceAll("\\s", "").length();
      assertTrue(spans[k] < spans[k + 1]);
    }
    assertEquals(text.replaceAll("\\s", "").length(), covered);
  }

  @Test
  void aZeroWidthSpaceOrByteOrderMarkSeparatesSentencesAsASpaceDoes() {
    assertEquals(List.of("The summit opened.", "Leaders met on Friday."), sentences("The summit opened.\u200BLeaders met on Friday."));
    assertEquals(List.of("The summit opened.", "Leaders met on Friday.", "Then it closed."),
        sentences("\uFEFFThe summit opened. Leaders met on Friday.\uFEFFThen it closed."));
  }

  @Test
  void theDetectorReadsTheTokenizersWordsWithLongWordsMasked() {
    String longWord = "a.b".repeat(30) + ".";
    String paragraph = "Ends here.\u200BThen " + longWord + " and\uFEFFso.";
    String expected = "Ends here. Then " + "a_b".repeat(30) + ". and so.";
    assertEquals(expected, SentenceSplitter.forDetector(paragraph));
    assertEquals("Short words.\u00A0Stay.", SentenceSplitter.forDetector("Short words.\u00A0Stay."));
  }

  @Test
  void periodsBetweenZeroWidthSpacesLoseNoText() {
    String text = ".\u200B".repeat(160_000);
    int[] spans = splitter.split(text);
    int periods = 0;
    int previousEnd = 0;
    for (int k = 0; k < spans.length; k += 2) {
      assertTrue(spans[k] >= previousEnd && spans[k] < spans[k + 1]);
      String sentence = text.substring(spans[k], spans[k + 1]);
      periods += sentence.length() - sentence.replace(".", "").length();
      previousEnd = spans[k + 1];
    }
    assertEquals(160_000, periods);
  }

  @Test
  void blankTextHasNoSentences() {
    assertEquals(0, splitter.split("").length);
    assertEquals(0, splitter.split("\n\n \t\n").length);
  }
}
