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
    try (InputStream in = EntityExtractor.class.getResourceAsStream(EntityExtractor.BUNDLED_NAME_MODEL)) {
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
    try (InputStream in = EntityExtractor.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
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
