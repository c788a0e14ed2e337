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
import java.util.Map;
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
    assertTrue(failure(dir.resolve("missing.bin")).endsWith("no such file"));
    assertTrue(failure(dir).endsWith("it is a directory, not a model file"));
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

  /** The bundled model with its manifest edited by {@code edit}, and extra entries. */
  private Path withManifest(String name, java.util.function.UnaryOperator<String> edit, Map<String, byte[]> extra) throws Exception {
    Path file = dir.resolve(name);
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bundledModel()));
         OutputStream out = Files.newOutputStream(file);
         ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("manifest.properties")) {
          content = edit.apply(new String(content, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(content);
        zip.closeEntry();
      }
      for (Map.Entry<String, byte[]> more : extra.entrySet()) {
        zip.putNextEntry(new ZipEntry(more.getKey()));
        zip.write(more.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  @Test
  void emptyFilesAndZipsThatAreNoModelsAreRefusedInWords() throws Exception {
    assertTrue(failure(Files.write(dir.resolve("empty.bin"), new byte[0])).endsWith("the file is empty"));
    assertTrue(failure(Files.writeString(dir.resolve("pom.xml"), "<project/>")).contains("not a model file"));
    Path otherZip = dir.resolve("other.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertTrue(failure(otherZip).contains("no manifest.properties"));
  }

  @Test
  void aManifestThatInflatesToGigabytesIsRefusedAtBuild() throws Exception {
    Path bomb = dir.resolve("bomb.bin");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("manifest.properties"));
      byte[] zeros = new byte[1 << 20];
      for (int k = 0; k < 64; k++) {
        zip.write(zeros); // 64 MiB of zeros compress to about 64 KiB
      }
      zip.closeEntry();
    }
    assertTrue(Files.size(bomb) < 1 << 20);
    assertTrue(failure(bomb).contains("inflates to more than"), "refused before reading it all");
  }

  @Test
  void manifestValuesAreCheckedBeforeAnyIsUsed() throws Exception {
    assertTrue(failure(withManifest("beam0.bin", m -> m.replaceAll("BeamSize=\\d+", "BeamSize=0"), Map.of()))
        .contains("beam size 0 is outside 1..64"));
    assertTrue(failure(withManifest("beamhuge.bin", m -> m.replaceAll("BeamSize=\\d+", "BeamSize=100000000"), Map.of()))
        .contains("outside 1..64"));
    assertTrue(failure(withManifest("codec.bin", m -> m.replaceAll("sequenceCodecImplName=[^\\n]*",
        "sequenceCodecImplName=java.lang.Runtime"), Map.of())).contains("sequence codec java.lang.Runtime is not one of"));
    assertTrue(failure(withManifest("factory.bin", m -> m + "factory=java.lang.ProcessBuilder\n", Map.of()))
        .contains("factory java.lang.ProcessBuilder is not one of"));
    assertTrue(failure(withManifest("serializer.bin", m -> m + "serializer-class-x.bin=java.lang.Runtime\n",
        Map.of("x.bin", new byte[] {1}))).contains("names a class nerkit does not load"));
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
