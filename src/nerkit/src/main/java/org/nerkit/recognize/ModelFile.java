package org.nerkit.recognize;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;

/**
 * Checks a name finder model file before anything in it is trusted: it must be a zip archive
 * whose entries inflate to sane sizes (a small file can inflate to gigabytes), with OpenNLP's
 * manifest naming a name finder, a beam size within reason, and, wherever OpenNLP would
 * instantiate a class the file names (codec, factory, resource serializers), one of the classes a
 * name finder model uses. Problems are reported in words, naming the file; a model that passes is
 * safe to hand to OpenNLP and to nerkit's decoder.
 */
final class ModelFile {
  /** Largest uncompressed manifest and feature descriptor: they are a few hundred bytes. */
  static final long MAX_SMALL_ENTRY = 1 << 20;
  /** Largest uncompressed entry (weights, lexicons) and whole model. */
  static final long MAX_ENTRY = 1L << 30;
  static final long MAX_TOTAL = 3L << 30;
  /** Widest beam the decoder accepts: its cost grows with the beam, and 3 is the default. */
  static final int MAX_BEAM = 64;

  private static final Set<String> CODECS = Set.of(BioCodec.class.getName(), BilouCodec.class.getName());
  private static final Set<String> FACTORIES = Set.of(TokenNameFinderFactory.class.getName(), NameFeaturesFactory.class.getName());
  private static final Set<String> SERIALIZERS = Set.of(ClusterLexicon.Serializer.class.getName(),
      LexiconResource.Serializer.class.getName());

  private ModelFile() {}

  /**
   * Checks the model file's bytes.
   *
   * @throws IOException saying what is wrong, in words, with {@code source} in the message
   */
  static void check(byte[] file, String source) throws IOException {
    String problem = problem(file);
    if (problem != null) {
      throw new IOException("cannot load name finder model " + source + ": " + problem);
    }
  }

  private static String problem(byte[] file) {
    if (file.length == 0) {
      return "the file is empty";
    }
    if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
      return "not a model file: a name finder model is a zip archive (as OpenNLP writes them), this file is not one";
    }
    Properties manifest = null;
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        entries++;
        Bounded bounded = entry(zip, entry);
        if (entry.getName().equals("manifest.properties")) {
          manifest = new Properties();
          manifest.load(new InputStreamReader(bounded, StandardCharsets.UTF_8));
        } else {
          bounded.transferTo(OutputSink.INSTANCE);
        }
        total += bounded.count;
        if (total > MAX_TOTAL) {
          return "its entries inflate to more than " + (MAX_TOTAL >> 30) + " GiB: not a model nerkit will load";
        }
      }
    } catch (Bounded.TooLarge e) {
      return e.getMessage();
    } catch (ZipException | EOFException e) {
      return "the file is damaged or truncated (" + e.getMessage() + ")";
    } catch (IOException | IllegalArgumentException e) {
      return "the file is damaged or truncated (" + e.getMessage() + ")";
    }
    if (entries == 0) {
      return "not a model file: the zip archive is empty";
    }
    if (manifest == null) {
      return "not an OpenNLP model: the archive has no manifest.properties";
    }
    return manifestProblem(manifest);
  }

  /** What is wrong with a name finder model's manifest, in words, or null when nothing is. */
  static String manifestProblem(Properties manifest) {
    String component = manifest.getProperty("Component-Name");
    if (component == null) {
      return "not an OpenNLP model: its manifest names no component";
    }
    if (!component.equals("NameFinderME")) {
      return "it is a model of OpenNLP's " + component + ", not a name finder (NameFinderME) model";
    }
    String beam = manifest.getProperty("BeamSize");
    if (beam != null) {
      try {
        int size = Integer.parseInt(beam.strip());
        if (size < 1 || size > MAX_BEAM) {
          return "its beam size " + size + " is outside 1.." + MAX_BEAM;
        }
      } catch (NumberFormatException e) {
        return "its beam size is not a number: " + beam;
      }
    }
    String codec = manifest.getProperty("sequenceCodecImplName");
    if (codec != null && !CODECS.contains(codec)) {
      return "its sequence codec " + codec + " is not one of " + CODECS;
    }
    String factory = manifest.getProperty("factory");
    if (factory != null && !FACTORIES.contains(factory)) {
      return "its factory " + factory + " is not one of " + FACTORIES;
    }
    for (String key : manifest.stringPropertyNames()) {
      if (key.startsWith("serializer-class-") && !SERIALIZERS.contains(manifest.getProperty(key))) {
        return "its resource " + key.substring("serializer-class-".length()) + " names a class nerkit does not load: "
            + manifest.getProperty(key);
      }
    }
    return null;
  }

  /** The current zip entry, read up to its limit by name: small for the manifest and descriptor. */
  static Bounded entry(ZipInputStream zip, ZipEntry entry) {
    boolean small = entry.getName().equals("manifest.properties") || entry.getName().equals("generator.featuregen");
    return new Bounded(zip, small ? MAX_SMALL_ENTRY : MAX_ENTRY);
  }

  /** Reads at most {@code limit} bytes of the current zip entry, then refuses; leaves the zip stream open. */
  static final class Bounded extends FilterInputStream {
    private final long limit;
    private long count;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) throws TooLarge {
      count += n;
      if (count > limit) {
        throw new TooLarge("an entry inflates to more than " + (limit >= 1 << 30 ? (limit >> 30) + " GiB" : (limit >> 10) + " KiB")
            + ": not a model nerkit will load");
      }
    }

    @Override
    public void close() {
      // the zip stream stays open for its next entry
    }

    static final class TooLarge extends IOException {
      private static final long serialVersionUID = 1L;

      TooLarge(String message) {
        super(message);
      }
    }
  }

  /** Discards what is written to it: the entry is read only to be measured. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {
      // discarded
    }

    @Override
    public void write(byte[] b, int off, int len) {
      // discarded
    }
  }
}
