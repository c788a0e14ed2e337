package org.nerkit.train.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.emory.clir.clearnlp.ner.NERInfoSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Builds small lexica with the original ClearNLP / NLP4J classes, stores them like the real
 * artifacts (xz, Java-serialized, inside a jar with the real entry name) and converts them.
 */
class ConverterRoundTripTest {

  @TempDir
  Path dir;

  private void writeJar(Sources.MavenEntry source, Object root) throws IOException {
    try (OutputStream file = Files.newOutputStream(dir.resolve(source.jarFileName()));
       ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.putNextEntry(new ZipEntry(source.entry()));
      XZOutputStream xz = new XZOutputStream(zip, new LZMA2Options(1));
      ObjectOutputStream out = new ObjectOutputStream(xz);
      out.writeObject(root);
      out.flush();
      xz.finish();
      zip.closeEntry();
    }
  }

  @Test
  void brownClustersKeepTheLongestPath() throws Exception {
    HashMap<String, HashSet<String>> map = new HashMap<>();
    map.put("Paris", new HashSet<>(Set.of("10", "1011", "101101")));
    map.put("paris", new HashSet<>(Set.of("0", "01")));
    writeJar(Sources.BROWN_RCV1, map);
    Path out = dir.resolve("b.tsv");
    Stats stats = new Stats("b");
    BrownClusterConverter.convert(Sources.BROWN_RCV1, dir, out, stats);
    assertEquals("Paris\t101101\nparis\t01\n", Files.readString(out));
    assertEquals(1, stats.count("words_sharing_lowercase_form_with_another"));
  }

  @Test
  void nlp4jGazetteerPhrasesAndTypes() throws Exception {
    var tree = new edu.emory.mathcs.nlp.common.collection.tree.PrefixTree<String, Set<String>>();
    tree.set(new String[] {"New", "York"}, new TreeSet<>(Set.of("11", "14")), Function.identity());
    tree.set(new String[] {"New", "York", "Times"}, new TreeSet<>(Set.of("13")), Function.identity());
    tree.set(new String[] {"Kazakhstan."}, new TreeSet<>(Set.of("6")), Function.identity());
    writeJar(Sources.NLP4J_GAZETTEER, tree);
    Path out = dir.resolve("g.tsv");
    Path types = dir.resolve("g.types.tsv");
    GazetteerConverter.convert(GazetteerConverter.Flavor.NLP4J, dir, out, types, new Stats("g"));
    assertEquals(List.of("Kazakhstan.\tplace", "New York\tlocation,person", "New York Times\torganization"),
        Files.readAllLines(out, StandardCharsets.UTF_8));
    assertEquals("6\tplace\t1\t1\tlist: known_places", Files.readAllLines(types).get(0));
  }

  @Test
  void clearNlpGazetteerMapsDbpediaGroups() throws Exception {
    var tree = new edu.emory.clir.clearnlp.collection.tree.PrefixTree<String, NERInfoSet>();
    NERInfoSet info = new NERInfoSet();
    info.addCategory("0");
    info.addCategory("4");
    tree.set(new String[] {"emory"}, info, Function.identity());
    writeJar(Sources.DBPEDIA_GAZETTEER, tree);
    Path out = dir.resolve("d.tsv");
    Path types = dir.resolve("d.types.tsv");
    GazetteerConverter.convert(GazetteerConverter.Flavor.DBPEDIA, dir, out, types, new Stats("d"));
    assertEquals("emory\tgpe,person\n", Files.readString(out));
    String first = Files.readAllLines(types).get(0);
    assertEquals("0\tperson\t1\t0\tDBpedia: Mayor Name Person PersonFunction", first);
  }

  /** A class outside the allow-list must not be instantiated. */
  static final class Gadget implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void deserializationFilterRejectsUnexpectedClasses() throws Exception {
    HashMap<String, Object> map = new HashMap<>();
    map.put("x", new Gadget());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XZOutputStream xz = new XZOutputStream(bytes, new LZMA2Options(1));
       ObjectOutputStream out = new ObjectOutputStream(xz)) {
      out.writeObject(map);
    }
    assertThrows(IOException.class,
        () -> SerializedLexicon.read(new ByteArrayInputStream(bytes.toByteArray()), HashMap.class));
  }
}
