package org.nerkit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineCorpusTest {

  private static String covered(InlineCorpus.Document document, InlineCorpus.Mention mention) {
    return document.text().substring(mention.start(), mention.end());
  }

  @Test
  void plainTextAndOffsets() {
    List<InlineCorpus.Document> documents = InlineCorpus.parse("t", List.of(
        "# a comment",
        "[PERSON Kaja Kallas] met [ORG Pfizer] executives in [GPE Brussels].",
        "[PERSON Kallas]'s visit ended on Friday.",
        "",
        "",
        "# between documents",
        "No names here, only a literal \\[bracket\\].",
        "[GPE U.S.]-led strikes; [NORP Houthi] targets in [LOC the Red Sea]"));
    assertEquals(2, documents.size());

    InlineCorpus.Document first = documents.get(0);
    assertEquals("t:2", first.id());
    assertEquals("Kaja Kallas met Pfizer executives in Brussels. Kallas's visit ended on Friday.", first.text());
    assertEquals(List.of("Kaja Kallas", "Pfizer", "Brussels", "Kallas"),
        first.mentions().stream().map(m -> covered(first, m)).toList());
    assertEquals(List.of("PERSON", "ORG", "GPE", "PERSON"), first.mentions().stream().map(InlineCorpus.Mention::type).toList());

    InlineCorpus.Document second = documents.get(1);
    assertEquals("t:7", second.id());
    assertEquals("No names here, only a literal [bracket]. U.S.-led strikes; Houthi targets in the Red Sea", second.text());
    assertEquals(List.of("U.S.", "Houthi", "the Red Sea"), second.mentions().stream().map(m -> covered(second, m)).toList());
  }

  @Test
  void nonAsciiTextKeepsOffsets() {
    InlineCorpus.Document document = InlineCorpus.parse("t", List.of(
        "[PERSON Uğur Şahin] flew to [GPE Wrocław] with [PERSON Léon Marchand].")).get(0);
    assertEquals(List.of("Uğur Şahin", "Wrocław", "Léon Marchand"),
        document.mentions().stream().map(m -> covered(document, m)).toList());
  }

  private static String error(String... lines) {
    return assertThrows(IllegalArgumentException.class, () -> InlineCorpus.parse("probe.txt", List.of(lines))).getMessage();
  }

  @Test
  void malformedLinesFailWithTheirLineNumber() {
    assertTrue(error("# header", "", "[PERSON Kaja Kallas met [ORG Pfizer].").startsWith("probe.txt:3: nested bracket"));
    assertTrue(error("fine [GPE Paris].", "[PERSON Kaja Kallas met Pfizer.").startsWith("probe.txt:2: unclosed bracket"));
    assertTrue(error("ends in [ORG").startsWith("probe.txt:1: unclosed bracket"));
    assertTrue(error("", "", "", "[COMPANY Pfizer] said.").startsWith("probe.txt:4: unknown type \"COMPANY\""));
    assertTrue(error("[DATE Monday] it rained.").startsWith("probe.txt:1: unknown type \"DATE\""));
    assertTrue(error("a stray ] bracket").startsWith("probe.txt:1: \"]\" without \"[\""));
    assertTrue(error("[PERSON Kaja Kallas ] spoke.").startsWith("probe.txt:1: empty mention or space inside"));
    assertTrue(error("[PERSON ] spoke.").startsWith("probe.txt:1: empty mention or space inside"));
  }

  @Test
  void bundledProbeParses() throws IOException {
    List<InlineCorpus.Document> documents = InlineCorpus.readResource("org/nerkit/train/everyday-news.txt");
    assertTrue(documents.size() > 100, "documents: " + documents.size());
    for (InlineCorpus.Document document : documents) {
      for (InlineCorpus.Mention mention : document.mentions()) {
        String text = covered(document, mention);
        assertEquals(text.strip(), text, document.id());
      }
    }
  }
}
