package org.nerkit.train.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingFileTest {

  @TempDir
  Path dir;

  @Test
  void roundTrip() throws Exception {
    Path f = dir.resolve("e.bin");
    List<String> words = List.of("Zürich", "a", "日本");
    List<float[]> vectors = List.of(new float[] {1, 2, 3}, new float[] {-0.5f, 0, Float.MIN_VALUE},
        new float[] {7, 8, 9});
    EmbeddingFile.write(f, words, vectors, 3);
    assertEquals(8 + 8 + 3 * (2 + 12) + "Zürich".getBytes("UTF-8").length + 1 + "日本".getBytes("UTF-8").length,
        Files.size(f));
    EmbeddingFile.Embeddings e = EmbeddingFile.read(f);
    assertEquals(3, e.dim());
    assertArrayEquals(words.toArray(), e.words());
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(vectors.get(i), e.vector(i));
    }
  }

  @Test
  void rejectsTruncatedFile() throws Exception {
    Path f = dir.resolve("e.bin");
    EmbeddingFile.write(f, List.of("a"), List.of(new float[] {1, 2}), 2);
    byte[] bytes = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 1));
    assertThrows(IOException.class, () -> EmbeddingFile.read(f));
  }
}
