package org.nerkit.recognize;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.featuregen.BrownCluster;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Brown word clusters ({@code word<TAB>bitstring} lines) as a name finder model resource, for
 * OpenNLP's Brown cluster feature generators.
 *
 * <p>Why not OpenNLP's own {@link BrownCluster} artifact: in OpenNLP 2.5.4 its serializer closes
 * the stream it is given, which is the model's zip stream, so a model holding one can be neither
 * written ("Stream closed") nor read; and it writes in the platform charset. This subclass (the
 * generators accept any {@code BrownCluster} and only call its {@code lookupToken}) is written and
 * read as UTF-8 without closing the stream, in sorted order so that the same clusters give the same
 * model bytes; it keeps the clusters in one map of its own, leaving the superclass's empty. The model's
 * manifest names {@link Serializer}, so loading a model with clusters needs nerkit on the class path.
 */
public final class ClusterLexicon extends BrownCluster {
  private final Map<String, String> paths;

  private ClusterLexicon(byte[] content) throws IOException {
    // BrownCluster parses its stream into a private map that only lookupToken reads; give it
    // nothing and answer lookupToken from `paths`, so the file is parsed and held once.
    super(InputStream.nullInputStream());
    Map<String, String> read = new HashMap<>();
    Map<String, String> sharedPaths = new HashMap<>(); // the words of a cluster share its path string
    // Read as BrownCluster reads: UTF-8, lines ended by \n, \r\n or \r.
    BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
    for (String line; (line = reader.readLine()) != null; ) {
      String[] fields = line.split("\t");
      if (fields.length == 2) {
        read.put(fields[0], sharedPaths.computeIfAbsent(fields[1], path -> path)); // the same lines BrownCluster takes
      } else if (fields.length > 2) {
        // BrownCluster would take wcluster's "bits<TAB>word<TAB>count" lines, but only those of count > 5.
        throw new IOException("expected word<TAB>bitstring lines, got: " + line);
      }
    }
    this.paths = Collections.unmodifiableMap(read);
  }

  /** Reads {@code word<TAB>bitstring} lines; other lines (a {@code #} header) are skipped. */
  public static ClusterLexicon read(InputStream in) throws IOException {
    return new ClusterLexicon(in.readAllBytes());
  }

  public static ClusterLexicon read(Path file) throws IOException {
    return new ClusterLexicon(Files.readAllBytes(file));
  }

  /** Word → bit string. */
  public Map<String, String> paths() {
    return paths;
  }

  /** What OpenNLP's Brown cluster feature generators call for each token: its bit string, or null. */
  @Override
  public String lookupToken(String word) {
    return paths.get(word);
  }

  @Override
  public void serialize(OutputStream out) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    for (Map.Entry<String, String> entry : new TreeMap<>(paths).entrySet()) { // sorted: same clusters, same bytes
      buffer.write((entry.getKey() + "\t" + entry.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    buffer.writeTo(out); // and leave `out`, the model's zip stream, open
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Named in the model's manifest; OpenNLP instantiates it by reflection when loading. */
  public static final class Serializer implements ArtifactSerializer<ClusterLexicon> {
    @Override
    public ClusterLexicon create(InputStream in) throws IOException {
      return read(in); // to the end of the zip entry; the zip stream stays open

    }

    @Override
    public void serialize(ClusterLexicon artifact, OutputStream out) throws IOException {
      artifact.serialize(out);
    }
  }
}
