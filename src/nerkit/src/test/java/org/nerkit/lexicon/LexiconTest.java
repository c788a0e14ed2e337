package org.nerkit.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nerkit.util.Fingerprints;

class LexiconTest {
  private static ByteArrayInputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void wordClassesGiveEachWordItsClassAndNothingForOthers() throws IOException {
    WordClasses classes = WordClasses.read(utf8("#\t0000\nKallas\t1011\nMerkel\t1010\nZürich\t0011\n\nKaja\t1011\n"), "test");
    assertEquals(5, classes.size());
    assertEquals("0000", classes.className(classes.classOf("#")), "# is a word, not a comment");
    assertEquals(4, classes.classCount());
    assertEquals("1011", classes.className(classes.classOf("Kallas")));
    assertEquals(classes.classOf("Kallas"), classes.classOf("Kaja"));
    assertEquals("0011", classes.className(classes.classOf("Zürich")));
    assertEquals(-1, classes.classOf("kallas"));
    assertEquals(-1, classes.classOf("Tallinn"));
  }

  @Test
  void wordsInAnyScriptAreFoundAsJavaWritesThem() throws IOException {
    WordClasses classes = WordClasses.read(utf8("Zürich\t1\nx\uD83D\uDE42y\t2\n北京\t3\nŁódź\t4\r\n"), "test");
    assertEquals("1", classes.className(classes.classOf("Zürich")));
    assertEquals("2", classes.className(classes.classOf("x\uD83D\uDE42y")));
    assertEquals("3", classes.className(classes.classOf("北京")));
    assertEquals("4", classes.className(classes.classOf("Łódź")), "a CRLF line end is not part of the class");
    IOException invalid = assertThrows(IOException.class,
        () -> WordClasses.read(new ByteArrayInputStream(new byte[] {'a', (byte) 0xC3, '\t', '1', '\n'}), "bad"));
    assertTrue(invalid.getMessage().contains("invalid UTF-8") && invalid.getMessage().contains("line 1"), invalid.getMessage());
  }

  @Test
  void aMalformedLineIsRefusedWithItsNumber() {
    IOException e = assertThrows(IOException.class, () -> WordClasses.read(utf8("a\t1\nb 2\n"), "clusters.tsv"));
    assertTrue(e.getMessage().contains("clusters.tsv") && e.getMessage().contains("line 2"), e.getMessage());
    IOException gazetteer = assertThrows(IOException.class, () -> PhraseTable.read(utf8("bank  of england\tORG\n"), "g"));
    assertTrue(gazetteer.getMessage().contains("line 1"), gazetteer.getMessage());
  }

  @Test
  void phrasesAreFoundTokenByTokenWithTheirTypes() throws IOException {
    PhraseTable table = PhraseTable.read(utf8("bank of england\tORG\nbrussels\tGPE,LOC\nbrussels\tORG\nkaja kallas\tPER\n"), "g");
    assertEquals(3, table.maxTokens());
    long state = PhraseTable.start();
    state = PhraseTable.extend(state, "bank", true);
    assertEquals(0, table.typesOf(state));
    state = PhraseTable.extend(state, "of", false);
    state = PhraseTable.extend(state, "england", false);
    int types = table.typesOf(state);
    assertEquals("ORG", table.typeName(Integer.numberOfTrailingZeros(types)));
    int brussels = table.typesOf(PhraseTable.extend(PhraseTable.start(), "brussels", true));
    assertEquals(3, Integer.bitCount(brussels), "the types of both lines");
    assertEquals(0, table.typesOf(PhraseTable.extend(PhraseTable.extend(PhraseTable.start(), "kaja", true), "kalla", false)));
  }

  @Test
  void incrementalFingerprintsEqualWholeOnes() {
    long state = Fingerprints.add(Fingerprints.add(Fingerprints.start(), "bank"), ' ');
    assertEquals(Fingerprints.of("bank of"), Fingerprints.finish(Fingerprints.add(state, "of")));
  }

  @Test
  void aLargeTableFindsEveryKeyAndNoOther() {
    FingerprintTable table = new FingerprintTable(200_000);
    for (int k = 0; k < 200_000; k++) {
      table.put(Fingerprints.of("word" + k), k);
    }
    for (int k = 0; k < 200_000; k++) {
      assertEquals(k, table.get(Fingerprints.of("word" + k)));
    }
    int strays = 0;
    for (int k = 200_000; k < 400_000; k++) {
      strays += table.get(Fingerprints.of("word" + k)) >= 0 ? 1 : 0;
    }
    assertEquals(0, strays);
  }

  @Test
  void keyFormsAreTheLexiconsOwn() {
    assertEquals("u.s.-led", LexiconKeys.Form.LOWER.key("U.S.-led"));
    assertEquals("F00 in 0000", LexiconKeys.Form.DIGITS_ZERO.key("F16 in 2021"));
    assertEquals("0s", LexiconKeys.Form.SIMPLIFIED_LOWER.key("1990s"));
    assertEquals("0", LexiconKeys.Form.SIMPLIFIED.key("€1,000.50"), "a sign before a number is part of it");
    assertEquals("Fw0a", LexiconKeys.Form.SIMPLIFIED.key("Fw190a"));
    assertEquals(LexiconKeys.HYPERLINK, LexiconKeys.simplified("https://example.org/x"));
    assertEquals(LexiconKeys.HYPERLINK, LexiconKeys.simplified("press@example.org"));
    assertEquals("zürich", LexiconKeys.lower("ZÜRICH"));
    assertEquals("МОСКВА", LexiconKeys.lower("МОСКВА"), "only Latin letters are lower-cased, as the lexicons were");
    assertEquals("--", LexiconKeys.simplified("\u2014\u2014\u2014"));
  }
}
