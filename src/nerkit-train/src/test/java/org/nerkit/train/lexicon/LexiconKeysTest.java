package org.nerkit.train.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.emory.mathcs.nlp.common.util.StringUtils;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nerkit.lexicon.LexiconKeys;

/**
 * The runtime's key forms ({@link LexiconKeys}) against NLP4J 1.1.3's own normalizations, which
 * built the lexicons: a token must be looked up under the key its lexicon stores.
 */
class LexiconKeysTest {
  private static final List<String> TRICKY = List.of("1996", "$5.3", "12:30", "3-4", "U.S.", "!!!", "...", "--",
      "Fw190a", "2nd", "1,000", "``", "''", "(", "O'Neill", "AT&T", "café", "ÉCOLE", "İstanbul", "0.5%", "+1",
      "#1", "1/2", "“", "”", "‘", "’", "–", "—", "•", "€", "£", "€5", "£5", "-5", "-5.3", "5-", "5--6", "5,",
      "a1b2", "1a", "(1)", "1)", "5th", "1990s", "'90s", "1.5m", "A-1", "B52", "$", "$$", "??", "?!?", "***",
      "___", "===", "N.Y.C.", "p.m.", "a..b", "http://x.org", "https://x.org/a", "www.emory.edu",
      "someone@emory.edu", "MS-DOS", "Αθήνα", "ΑΘΗΝΑ", "Straße", "3.14.15", ".5", "5.", "1:2:3", "2=3", "x=3");

  @Test
  void digitsZeroIsNlp4jsUndigitalizedForm() {
    for (String s : TRICKY) {
      assertEquals(StringUtils.toUndigitalizedForm(s), LexiconKeys.digitsZero(s), s);
    }
  }

  @Test
  void lowerIsNlp4jsLowerCase() {
    for (String s : TRICKY) {
      assertEquals(StringUtils.toLowerCase(s), LexiconKeys.lower(s), s);
    }
  }

  @Test
  void simplifiedIsNlp4jsSimplifiedForm() {
    for (String s : TRICKY) {
      assertEquals(StringUtils.toSimplifiedForm(s), LexiconKeys.simplified(s), s);
      assertEquals(StringUtils.toSimplifiedForm(s, true), LexiconKeys.Form.SIMPLIFIED_LOWER.key(s), s);
    }
  }

  /**
   * On every distinct token of the labelled data, when it is on this machine, the runtime must
   * agree with NLP4J on at least 99.9 % of the tokens (the rest are web-address-like tokens).
   */
  @Test
  void simplifiedAgreesOnRealTokens() throws Exception {
    Path data = Path.of(System.getProperty("nerkit.data", "../../../shared/data"));
    List<Path> files = List.of(data.resolve("ontonotes5/dev.tsv"), data.resolve("conll2003/valid.tsv"),
        data.resolve("ontonotes5/train.tsv"), data.resolve("conll2003/train.tsv"));
    assumeTrue(files.stream().allMatch(Files::exists), "labelled data not present");
    Set<String> tokens = new TreeSet<>();
    for (Path f : files) {
      try (BufferedReader reader = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (String line; (line = reader.readLine()) != null; ) {
          int tab = line.indexOf('\t');
          if (tab > 0 && !line.startsWith("#doc ")) {
            tokens.add(line.substring(0, tab));
          }
        }
      }
    }
    List<String> differences = new ArrayList<>();
    for (String t : tokens) {
      if (!StringUtils.toSimplifiedForm(t).equals(LexiconKeys.simplified(t))) {
        differences.add(t + " -> " + StringUtils.toSimplifiedForm(t) + " / " + LexiconKeys.simplified(t));
      }
    }
    System.out.printf("LexiconKeys.simplified: %d of %d distinct tokens differ from NLP4J%s%n", differences.size(),
        tokens.size(), differences.isEmpty() ? "" : ", e.g. " + differences.subList(0, Math.min(20, differences.size())));
    assertTrue(differences.size() * 1000L <= tokens.size(), "too many differences: " + differences.size());
  }
}
