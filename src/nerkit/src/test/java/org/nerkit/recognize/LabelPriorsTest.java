package org.nerkit.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nerkit.document.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nerkit.tokenize.SentenceSplitter;

/** Label priors: what they accept, and what they do to the bundled model's decoding. */
class LabelPriorsTest {
  private static final String NEWS = """
      Shares of Vodafone Group rose 3 percent in London on Tuesday after the company said it would \
      sell its stake in Verizon Wireless. Analysts at Goldman Sachs and Morgan Stanley said the deal \
      valued the venture at $130 billion. The European Commission is expected to review it.""";

  private static byte[] model;
  private static SentenceSplitter sentences;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = LabelPriorsTest.class.getClassLoader().getResourceAsStream("org/nerkit/models/nerkit-en-ner.bin")) {
      model = in.readAllBytes();
    }
    sentences = SentenceSplitter.english();
  }

  private static List<Mention> recognize(LabelPriors priors) throws IOException {
    NameRecognizer recognizer = NameRecognizer.load(new ByteArrayInputStream(model), "bundled model", priors);
    return MaxentBeamDecoderTest.recognize(recognizer, sentences, NEWS);
  }

  private static long count(List<Mention> mentions, String label) {
    return mentions.stream().filter(m -> m.label().name().equals(label)).count();
  }

  @Test
  void parsesWhatToStringWrites() {
    LabelPriors priors = LabelPriors.parse(" ORG = 0.3, DATE=0.6 ,");
    assertEquals(Map.of("ORG", 0.3, "DATE", 0.6), priors.offsets());
    assertEquals("DATE=0.6,ORG=0.3", priors.toString());
    assertEquals(priors, LabelPriors.parse(priors.toString()));
    assertEquals(LabelPriors.NONE, LabelPriors.parse(""));
    assertEquals(0.0, priors.offset("PERSON"));
  }

  @Test
  void withReplacesOneLabelAndZeroRemovesIt() {
    LabelPriors priors = LabelPriors.parse("ORG=0.3");
    assertEquals(LabelPriors.parse("ORG=0.3,DATE=0.9"), priors.with("DATE", 0.9));
    assertEquals(LabelPriors.parse("ORG=-0.3"), priors.with("ORG", -0.3));
    assertEquals(LabelPriors.NONE, priors.with("ORG", 0.0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ORG", "ORG=", "ORG=high", "=0.3", "ORG-start=0.3", "ORG=0.3,ORG=0.6", "ORG=NaN", "ORG=5.5",
      "DATE=-Infinity", "ORG=0.3=0.4"})
  void rejectsWhatIsNotLabelEqualsANumberInRange(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelPriors.parse(text));
    assertTrue(e.getMessage().contains("ORG") || e.getMessage().contains("DATE") || e.getMessage().contains("label"),
        e.getMessage());
  }

  @Test
  void rejectsNullLabelsAndOffsets() {
    Map<String, Double> nullOffset = new HashMap<>();
    nullOffset.put("ORG", null);
    assertThrows(NullPointerException.class, () -> new LabelPriors(nullOffset));
    Map<String, Double> nullLabel = new HashMap<>();
    nullLabel.put(null, 0.3);
    assertThrows(NullPointerException.class, () -> new LabelPriors(nullLabel));
  }

  @Test
  void readsAPropertiesFileAndNamesItWhenABadValueIsInIt() throws IOException {
    String file = "# tuned\nORG=0.3\nDATE = 0.6\n";
    assertEquals(LabelPriors.parse("ORG=0.3,DATE=0.6"),
        LabelPriors.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "priors.properties"));
    IOException e = assertThrows(IOException.class, () -> LabelPriors.read(
        new ByteArrayInputStream("ORG=lots\n".getBytes(StandardCharsets.UTF_8)), "priors.properties"));
    assertTrue(e.getMessage().contains("priors.properties") && e.getMessage().contains("ORG"), e.getMessage());
  }

  @Test
  void zeroOffsetsDecodeExactlyAsTheModelAlone() throws IOException {
    List<Mention> plain = recognize(LabelPriors.NONE);
    assertTrue(count(plain, "ORG") >= 3, plain::toString);
    assertEquals(plain, recognize(LabelPriors.parse("ORG=0,DATE=0,PERSON=0")));
  }

  @Test
  void aNegativeOffsetSuppressesALabelAndAPositiveOneFindsAtLeastAsMany() throws IOException {
    List<Mention> plain = recognize(LabelPriors.NONE);
    List<Mention> noOrganisations = recognize(LabelPriors.parse("ORG=-5"));
    assertEquals(0, count(noOrganisations, "ORG"), noOrganisations::toString);
    assertEquals(count(plain, "DATE"), count(noOrganisations, "DATE"), "other labels are still found");
    assertTrue(count(recognize(LabelPriors.parse("ORG=1.5")), "ORG") >= count(plain, "ORG"));
  }

  @Test
  void aLabelTheModelDoesNotHaveFailsAtLoadNamingIt() {
    IOException e = assertThrows(IOException.class,
        () -> NameRecognizer.load(new ByteArrayInputStream(model), "bundled model", LabelPriors.parse("ORGANIZATION=0.3")));
    assertTrue(e.getMessage().contains("ORGANIZATION") && e.getMessage().contains("ORG"), e.getMessage());
  }
}
