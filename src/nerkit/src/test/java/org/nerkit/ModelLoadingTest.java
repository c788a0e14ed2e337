package org.nerkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad model fails when the extractor is built, with the file and the reason in the message. */
class ModelLoadingTest {
  @TempDir
  Path dir;

  private static String failure(Path model) {
    ModelLoadException e = assertThrows(ModelLoadException.class, () -> EntityExtractor.builder().nameFinderModel(model).build());
    assertTrue(e.getMessage().contains(model.toString()), e.getMessage());
    return e.getMessage();
  }

  private static byte[] bundledModel() throws Exception {
    try (InputStream in = EntityExtractor.class.getClassLoader().getResourceAsStream(EntityExtractor.BUNDLED_NAME_MODEL)) {
      return in.readAllBytes();
    }
  }

  @Test
  void missingFile() {
    assertTrue(failure(dir.resolve("missing.bin")).contains("cannot open"));
  }

  @Test
  void truncatedFile() throws Exception {
    byte[] model = bundledModel();
    Path truncated = Files.write(dir.resolve("truncated.bin"), java.util.Arrays.copyOf(model, model.length / 3));
    failure(truncated);
  }

  @Test
  void notAModelAtAll() throws Exception {
    failure(Files.writeString(dir.resolve("notes.bin"), "this is not a model"));
  }

  @Test
  void aModelOfAnotherKind() throws Exception {
    Path sentenceModel = dir.resolve("sentence.bin");
    try (InputStream in = EntityExtractor.class.getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      Files.copy(in, sentenceModel);
    }
    assertTrue(failure(sentenceModel).contains("SentenceDetectorME"));
  }

  @Test
  void aModelFromAnIncompatibleOpenNlpVersion() throws Exception {
    Path future = dir.resolve("future.bin");
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bundledModel()));
         OutputStream file = Files.newOutputStream(future);
         ZipOutputStream out = new ZipOutputStream(file)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("manifest.properties")) {
          content = new String(content, StandardCharsets.ISO_8859_1)
              .replaceAll("OpenNLP-Version=[^\\n]*", "OpenNLP-Version=9.1.0").getBytes(StandardCharsets.ISO_8859_1);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    assertTrue(failure(future).contains("9.1.0"));
  }

  /** A small name finder model trained on a few sentences labelled with {@code type}. */
  private Path modelWithLabel(String type) throws Exception {
    List<NameSample> samples = new ArrayList<>();
    String[][] sentences = {
        {"Maria", "Lopez", "opened", "the", "Harvest", "Festival", "in", "Lima", "."},
        {"The", "Harvest", "Festival", "drew", "crowds", ",", "said", "Jon", "Berg", "."},
        {"Jon", "Berg", "missed", "the", "Film", "Week", "."}};
    int[][][] spans = {{{0, 2, 0}, {4, 6, 1}}, {{1, 3, 1}, {7, 9, 0}}, {{0, 2, 0}, {4, 6, 1}}};
    for (int k = 0; k < sentences.length; k++) {
      Span[] names = new Span[spans[k].length];
      for (int n = 0; n < names.length; n++) {
        names[n] = new Span(spans[k][n][0], spans[k][n][1], spans[k][n][2] == 0 ? "person" : type);
      }
      for (int copy = 0; copy < 5; copy++) {
        samples.add(new NameSample(sentences[k], names, false));
      }
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 10);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
    TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters,
        new TokenNameFinderFactory());
    Path file = dir.resolve(type + ".bin");
    try (OutputStream out = Files.newOutputStream(file)) {
      model.serialize(out);
    }
    return file;
  }

  @Test
  void aModelWithALabelNerkitCannotTypeIsRefusedNamingTheLabel() throws Exception {
    String message = failure(modelWithLabel("event"));
    assertTrue(message.contains("[event]") && message.contains("PERSON") && message.contains("NORP"), message);
  }

  @Test
  void aModelWithOpenNlpStyleLabelsIsTypedByTheirAliases() throws Exception {
    EntityExtractor extractor = EntityExtractor.builder().nameFinderModel(modelWithLabel("organization")).build();
    Extraction result = extractor.extract("Maria Lopez opened the Harvest Festival in Lima.");
    assertTrue(result.entities(Person.class).stream().anyMatch(p -> p.text().equals("Maria Lopez")), result::toString);
  }

  @Test
  void labelPriorsForALabelTheModelDoesNotHave() {
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> EntityExtractor.builder().labelPriors(java.util.Map.of("COMPANY", 0.5)).build());
    assertTrue(e.getMessage().contains("COMPANY") && e.getMessage().contains("ORG"), e.getMessage());
  }

  @Test
  void labelPriorsOutOfRangeFailWhenGiven() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntityExtractor.builder().labelPriors(java.util.Map.of("ORG", 50.0)));
    assertTrue(e.getMessage().contains("ORG"), e.getMessage());
    assertThrows(NullPointerException.class, () -> EntityExtractor.builder().labelPriors(null));
  }
}
