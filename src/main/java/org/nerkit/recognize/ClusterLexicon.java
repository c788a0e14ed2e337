package org.nerkit.recognize;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
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
 * generators accept any {@code BrownCluster}) is written and read as UTF-8 without closing the
 * stream, in sorted order so that the same clusters give the same model bytes. The model's
 * manifest names {@link Serializer}, so loading a model with clusters needs nerkit on the class path.
 */
public final class ClusterLexicon extends BrownCluster {
  private final Map<String, String> paths;

  private ClusterLexicon(byte[] content) throws IOException {
    super(new ByteArrayInputStream(content));
    Map<String, String> read = new TreeMap<>();
    for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
      String[] fields = line.split("\t");
      if (fields.length == 2) {
        read.put(fields[0], fields[1]); // the same lines BrownCluster takes
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

  /** Word → bit string, sorted by word. */
  public Map<String, String> paths() {
    return paths;
  }

  @Override
  public void serialize(OutputStream out) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    for (Map.Entry<String, String> entry : paths.entrySet()) {
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
