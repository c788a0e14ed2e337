package org.nerkit.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import opennlp.tools.util.featuregen.BrownCluster;
import org.junit.jupiter.api.Test;

/**
 * ClusterLexicon keeps the clusters in its own map and answers OpenNLP's generators from it, so
 * its lookups must be exactly those of OpenNLP's own {@link BrownCluster} reading the same file.
 */
class ClusterLexiconTest {
  /** A header, LF, CRLF and CR line ends, a repeated word (the last line wins), an empty line, Unicode. */
  private static final String FILE = "# clusters\nParis\t0110\r\nLondon\t0110\rBerlin\t0111\n\n"
      + "Zürich\t1\nthe\t10\nthe\t11\nword-without-path\n";

  private static ClusterLexicon read(String text) throws IOException {
    return ClusterLexicon.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void looksUpWhatOpenNlpsBrownClusterWould() throws IOException {
    ClusterLexicon lexicon = read(FILE);
    BrownCluster reference = new BrownCluster(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Map.of("Paris", "0110", "London", "0110", "Berlin", "0111", "Zürich", "1", "the", "11"), lexicon.paths());
    for (String word : new String[] {"Paris", "London", "Berlin", "Zürich", "the", "word-without-path", "# clusters", "paris"}) {
      assertEquals(reference.lookupToken(word), lexicon.lookupToken(word), word);
    }
    assertNull(lexicon.lookupToken("paris"));
  }

  @Test
  void writesSortedUtf8LinesAndReadsThemBack() throws IOException {
    ClusterLexicon lexicon = read(FILE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ClusterLexicon.Serializer().serialize(lexicon, out);
    String written = out.toString(StandardCharsets.UTF_8);
    assertEquals("Berlin\t0111\nLondon\t0110\nParis\t0110\nZürich\t1\nthe\t11\n", written);
    assertEquals(lexicon.paths(), read(written).paths());
  }

  @Test
  void rejectsWclusterLinesWithCounts() {
    IOException e = assertThrows(IOException.class, () -> read("0110\tParis\t12\n"));
    assertEquals("expected word<TAB>bitstring lines, got: 0110\tParis\t12", e.getMessage());
  }
}
