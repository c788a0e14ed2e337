package org.nerkit.train.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EmbeddingKMeansTest {
  @TempDir
  Path dir;

  @Test
  void separatesTwoDirectionsReproducibly() throws Exception {
    // Two bundles of directions; vector lengths vary, which spherical k-means ignores.
    Random random = new Random(3);
    List<String> words = new ArrayList<>();
    List<float[]> vectors = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      boolean a = i % 2 == 0;
      float scale = 0.5f + 3 * random.nextFloat();
      words.add((a ? "a" : "b") + (char) ('a' + i));
      vectors.add(new float[] {scale * (a ? 1 : 0.1f * random.nextFloat()), scale * (a ? 0.1f * random.nextFloat() : 1),
          0.05f * random.nextFloat()});
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      order.add(i);
    }
    order.sort((x, y) -> words.get(x).compareTo(words.get(y)));
    Path embeddings = dir.resolve("e.bin");
    EmbeddingFile.write(embeddings, order.stream().map(words::get).toList(), order.stream().map(vectors::get).toList(), 3);
    // The training vocabulary: the words of a token file, except one, which is still assigned a class.
    Path text = dir.resolve("text.tsv");
    Files.writeString(text, String.join("\tO\n", words.subList(1, words.size())) + "\tO\n", StandardCharsets.UTF_8);

    String first = null;
    for (String run : List.of("one", "two")) {
      Path out = dir.resolve(run);
      assertEquals(0, new CommandLine(new EmbeddingKMeans()).execute("--embeddings", embeddings.toString(), "--k", "2",
          "--text", text.toString(), "--out", out.toString()));
      String result = Files.readString(out.resolve("embedding-kmeans-k2.tsv"), StandardCharsets.UTF_8);
      if (first == null) {
        first = result;
      } else {
        assertEquals(first, result, "same seed, same clusters");
      }
    }
    Map<String, String> classes = new HashMap<>();
    for (String line : first.split("\n")) {
      String[] f = line.split("\t");
      classes.put(f[0], f[1]);
    }
    assertEquals(20, classes.size());
    for (String w : words) {
      assertEquals(classes.get(w.charAt(0) == 'a' ? "aa" : "bb"), classes.get(w), w);
    }
    assertNotEquals(classes.get("aa"), classes.get("bb"));
  }
}
