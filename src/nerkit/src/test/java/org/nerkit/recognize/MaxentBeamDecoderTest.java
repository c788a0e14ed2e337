package org.nerkit.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nerkit.document.Document;
import org.nerkit.document.Mention;
import org.nerkit.tokenize.SentenceSplitter;
import org.nerkit.tokenize.Tokenizer;

/**
 * The fast decoder must be a pure speed-up: on the bundled model it gives exactly the mentions,
 * offsets and probabilities OpenNLP's NameFinderME gives, document memory included. With
 * -Dnerkit.decoder.model=MODEL.bin (e.g. a trained features-v3 model) the same checks run on
 * that model instead.
 */
class MaxentBeamDecoderTest {
  private static NameRecognizer fast;
  private static NameRecognizer reference;
  private static SentenceSplitter sentences;
  private static final Tokenizer TOKENIZER = new Tokenizer();

  @BeforeAll
  static void load() throws IOException {
    String model = System.getProperty("nerkit.decoder.model");
    byte[] file;
    try (InputStream in = model != null ? Files.newInputStream(Path.of(model))
        : MaxentBeamDecoderTest.class.getClassLoader().getResourceAsStream("org/nerkit/models/nerkit-en-ner.bin")) {
      file = in.readAllBytes();
    }
    String name = model != null ? model : "bundled model";
    assertTrue(DirectModel.read(file).isPresent(), "not read directly: " + name);
    fast = NameRecognizer.load(new java.io.ByteArrayInputStream(file), name);
    reference = NameRecognizer.loadWithOpenNlpDecoder(new java.io.ByteArrayInputStream(file), name);
    sentences = SentenceSplitter.english();
  }

  @Test
  void sameMentionsAsNameFinderMeOnNewsText() throws IOException {
    int mentions = 0;
    for (String resource : List.of("country-passages.txt", "country-passages-fresh.txt", "linking-documents.txt")) {
      try (InputStream in = getClass().getResourceAsStream("/org/nerkit/" + resource)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String document : text.split("\n\\s*\n")) {
          List<Mention> expected = recognize(reference, document);
          assertEquals(expected, recognize(fast, document), () -> "decoders differ on: " + document);
          mentions += expected.size();
        }
      }
    }
    assertTrue(mentions > 100, "the comparison must cover many mentions, saw " + mentions);
  }

  @Test
  void sameMentionsOnHardCases() {
    List<String> documents = List.of(
        "",
        "Obama",
        "THE UNITED NATIONS SAID ON MONDAY THAT IRAQ AND SYRIA HAD AGREED TO TALKS IN GENEVA.",
        "Mr. Smith and Ms. Smith met Smith & Wesson executives at the Smith Center in Smithfield, Virginia.",
        "reuters reported that john kerry flew to paris on tuesday .",
        "Germany , France , Italy , Spain , Poland , Greece , Portugal , Austria , Belgium , Sweden , Norway");
    for (String document : documents) {
      assertEquals(recognize(reference, document), recognize(fast, document), document);
    }
  }

  /** With -Dnerkit.decoder.corpus=FILE, the same comparison on every paragraph of a large file. */
  @Test
  void sameMentionsOnOptionalCorpus() throws IOException {
    String corpus = System.getProperty("nerkit.decoder.corpus");
    if (corpus == null) {
      return;
    }
    int documents = 0;
    for (String document : Files.readString(Path.of(corpus)).split("#doc[^\n]*\n")) {
      assertEquals(recognize(reference, document), recognize(fast, document), document);
      documents++;
    }
    System.out.println("decoders agree on " + documents + " documents of " + corpus);
  }

  @net.jqwik.api.Property(tries = 500, seed = "20261123")
  void beamCutIsTheKthLargestProbability(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(min = 1, max = 30) List<@net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) Double> values,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 8) int k) {
    double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
    double[] sorted = array.clone();
    java.util.Arrays.sort(sorted);
    assertEquals(sorted[Math.max(0, array.length - k)], MaxentBeamDecoder.kthLargest(array, k, new double[k]));
  }

  @Test
  void theBundledModelIsReadDirectly() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/nerkit/models/nerkit-en-ner.bin")) {
      DirectModel model = DirectModel.read(in.readAllBytes()).orElseThrow(
          () -> new AssertionError("features-v1.xml and the model's descriptor must be the same bytes, "
              + "or loading falls back to OpenNLP's slower path"));
      assertEquals(25, model.outcomes().length);
      assertEquals(3, model.beamSize());
    }
  }

  /**
   * A copy of the bundled model that nerkit's own reader does not take goes through OpenNLP and
   * decodes the same: for an XML descriptor, the same generators in other bytes; for a
   * nerkit-features model, one resource more than its features read.
   */
  @Test
  void otherModelsGoThroughOpenNlpAndDecodeTheSame() throws IOException {
    byte[] original;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/nerkit/models/nerkit-en-ner.bin")) {
      original = in.readAllBytes();
    }
    boolean nerkitFeatures = DirectModel.read(original).orElseThrow().nameFeatures() != null;
    java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
    try (var zipIn = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(original));
        var zipOut = new java.util.zip.ZipOutputStream(copy)) {
      java.util.zip.ZipEntry entry;
      while ((entry = zipIn.getNextEntry()) != null) {
        byte[] content = zipIn.readAllBytes();
        if (entry.getName().equals("generator.featuregen") && nerkitFeatures) {
          zipOut.putNextEntry(new java.util.zip.ZipEntry("unused.resource"));
          zipOut.write("unused\tX\n".getBytes(StandardCharsets.UTF_8));
          zipOut.closeEntry();
        } else if (entry.getName().equals("generator.featuregen")) {
          content = (new String(content, StandardCharsets.UTF_8) + "<!-- copy -->\n").getBytes(StandardCharsets.UTF_8);
        } else if (entry.getName().equals("manifest.properties") && nerkitFeatures) {
          content = (new String(content, StandardCharsets.UTF_8) + "\nserializer-class-unused.resource="
              + LexiconResource.Serializer.class.getName() + "\n").getBytes(StandardCharsets.UTF_8);
        }
        zipOut.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        zipOut.write(content);
        zipOut.closeEntry();
      }
    }
    byte[] altered = copy.toByteArray();
    assertTrue(DirectModel.read(altered).isEmpty());
    NameRecognizer viaOpenNlp = NameRecognizer.load(new java.io.ByteArrayInputStream(altered), "altered copy");
    String text = "Brazilian President Luiz Inacio Lula da Silva met Chinese leader Xi Jinping in Beijing on Friday. "
        + "Lula said Petrobras and Sinopec would sign a deal with the World Bank.";
    // the bundled model itself, whatever -Dnerkit.decoder.model says
    NameRecognizer bundledReference = NameRecognizer.loadWithOpenNlpDecoder(new java.io.ByteArrayInputStream(original), "bundled");
    NameRecognizer bundledFast = NameRecognizer.load(new java.io.ByteArrayInputStream(original), "bundled");
    assertEquals(recognize(bundledReference, text), recognize(viaOpenNlp, text));
    assertEquals(recognize(bundledReference, text), recognize(bundledFast, text));
  }

  @Test
  void fingerprintsSpreadSimilarFeatures() {
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      assertTrue(seen.add(FeatureWeights.fingerprint("w=token" + i)), "fingerprint collision at " + i);
    }
  }

  private static List<Mention> recognize(NameRecognizer recognizer, String text) {
    return recognize(recognizer, sentences, text);
  }

  /** The recognizer's mentions in a document split and tokenized as the extractor does; shared with ClusterFeatureSetsTest. */
  static List<Mention> recognize(NameRecognizer recognizer, SentenceSplitter sentences, String text) {
    int[] spans = sentences.split(text);
    Document.Builder document = new Document.Builder(text);
    for (int k = 0; k < spans.length; k += 2) {
      document.sentence(spans[k], spans[k + 1], TOKENIZER.tokenize(text, spans[k], spans[k + 1]));
    }
    return recognizer.recognize(document.build());
  }
}
