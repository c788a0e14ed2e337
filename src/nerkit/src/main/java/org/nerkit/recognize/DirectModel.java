package org.nerkit.recognize;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.util.Version;

/**
 * Reads an OpenNLP name finder model file straight into nerkit's decoder structures, when it is
 * the kind nerkit trains: a GIS maxent model with the {@code features-v1} descriptor and no
 * other artifacts, or with {@code features-v3} or {@code features-v4} and its Brown clusters. Anything else (another descriptor, perceptron, extra resources, an
 * unexpected version, a damaged file) gives empty, and the caller loads the file with OpenNLP.
 *
 * <p>Why: OpenNLP builds a map of 700 k feature strings to weight objects only for nerkit to
 * copy it into its table and drop it; reading the file's weights directly takes a third of the
 * time (about 0.3 s instead of 0.8 s cold) and never holds both copies.
 *
 * <p>The GIS format, as OpenNLP's {@code GISModelReader} reads it: "GIS", a correction constant
 * and parameter, the outcome labels, the outcome patterns ("count o1 o2 ...": that many
 * consecutive features share those outcomes), the feature strings, then per feature one weight
 * per outcome of its pattern.
 */
record DirectModel(FeatureWeights weights, String[] outcomes, int beamSize, String codecClass,
    FeaturesV1.FeatureSet features, Optional<Map<String, String>> clusters, NameFeatureSet nameFeatures) {
  private static final String MODEL_ENTRY = "nameFinder.model";
  private static final String MANIFEST_ENTRY = "manifest.properties";
  private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
  /** The Brown clusters of a features-v3 or v4 model (the name TrainCommand stores them under). */
  static final String CLUSTER_ENTRY = "brown.clusters";
  /** Sanity bounds on the counts a model file states, checked before anything is allocated for them. */
  private static final int MAX_OUTCOMES = 10_000;
  private static final int MAX_FEATURES = 50_000_000;

  static Optional<DirectModel> read(byte[] file) {
    try {
      return parse(file);
    } catch (IOException | RuntimeException unusual) {
      return Optional.empty(); // OpenNLP will load it, or say precisely what is wrong with it
    }
  }

  private static Optional<DirectModel> parse(byte[] file) throws IOException {
    Properties manifest = null;
    byte[] descriptor = null;
    Parsed parsed = null;
    ClusterLexicon clusters = null;
    Map<String, Object> lexicons = new java.util.HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        java.io.InputStream in = ModelFile.entry(zip, entry); // a small file must not inflate to gigabytes
        switch (entry.getName()) {
          case MANIFEST_ENTRY -> {
            manifest = new Properties();
            manifest.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
          }
          case DESCRIPTOR_ENTRY -> descriptor = in.readAllBytes();
          case MODEL_ENTRY -> parsed = parseGis(new DataInputStream(new BufferedInputStream(in, 1 << 16)));
          case CLUSTER_ENTRY -> clusters = ClusterLexicon.read(in);
          default -> {
            if (!LexiconResource.isLexicon(entry.getName())) {
              return Optional.empty(); // a resource the feature generators would need
            }
            lexicons.put(entry.getName(), LexiconResource.parse(entry.getName(), in));
          }
        }
      }
    }
    if (manifest == null || ModelFile.manifestProblem(manifest) != null) {
      return Optional.empty(); // ModelFile says what is wrong
    }
    if (manifest != null && NameFeaturesFactory.class.getName().equals(manifest.getProperty("factory"))) {
      return nerkitFeatures(manifest, descriptor, parsed, lexicons);
    }
    if (!lexicons.isEmpty()) {
      return Optional.empty();
    }
    Optional<FeaturesV1.FeatureSet> features = FeaturesV1.FeatureSet.of(descriptor);
    boolean clustersAsExpected = features.isPresent() && features.get().usesClusters() == (clusters != null)
        && (clusters == null || ClusterLexicon.Serializer.class.getName().equals(
            manifest == null ? null : manifest.getProperty("serializer-class-" + CLUSTER_ENTRY)));
    if (manifest == null || parsed == null || !clustersAsExpected
        || !"NameFinderME".equals(manifest.getProperty("Component-Name"))
        || !supportedVersion(manifest.getProperty("OpenNLP-Version"))) {
      return Optional.empty();
    }
    String factory = manifest.getProperty("factory");
    if (factory != null && !factory.equals("opennlp.tools.namefind.TokenNameFinderFactory")) {
      return Optional.empty();
    }
    String beam = manifest.getProperty("BeamSize");
    String codec = manifest.getProperty("sequenceCodecImplName", "opennlp.tools.namefind.BioCodec");
    String[] outcomes = parsed.outcomes();
    Optional<Map<String, String>> paths = Optional.ofNullable(clusters).map(ClusterLexicon::paths);
    return parsed.weights().map(table -> new DirectModel(table, outcomes,
        beam == null ? opennlp.tools.namefind.NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), codec,
        features.get(), paths, null));
  }

  /** A model with nerkit's own features: its descriptor and lexicons, and the GIS weights. */
  private static Optional<DirectModel> nerkitFeatures(Properties manifest, byte[] descriptor, Parsed parsed,
      Map<String, Object> lexicons) throws IOException {
    if (parsed == null || descriptor == null || !FeatureDescriptor.isNerkitFormat(descriptor)
        || !"NameFinderME".equals(manifest.getProperty("Component-Name"))
        || !supportedVersion(manifest.getProperty("OpenNLP-Version"))) {
      return Optional.empty();
    }
    FeatureDescriptor features = FeatureDescriptor.parse(descriptor);
    NameFeatureSet set = new NameFeatureSet(features, lexicons::get);
    String beam = manifest.getProperty("BeamSize");
    String codec = manifest.getProperty("sequenceCodecImplName", "opennlp.tools.namefind.BioCodec");
    return parsed.weights().map(table -> new DirectModel(table, parsed.outcomes(),
        beam == null ? opennlp.tools.namefind.NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), codec,
        null, Optional.empty(), set));
  }

  private record Parsed(Optional<FeatureWeights> weights, String[] outcomes) {}

  private static Parsed parseGis(DataInputStream in) throws IOException {
    String type = in.readUTF();
    if (type.equals("GIS")) {
      in.readInt(); // correction constant: unused by GISModel.eval
      in.readDouble(); // correction parameter: likewise
    } else if (!type.equals("QN")) {
      throw new IOException("not a maxent model (GIS or QN)");
    }
    int outcomeCount = in.readInt();
    if (outcomeCount < 1 || outcomeCount > MAX_OUTCOMES) {
      throw new IOException("outcome count " + outcomeCount);
    }
    String[] outcomes = new String[outcomeCount];
    for (int k = 0; k < outcomes.length; k++) {
      outcomes[k] = in.readUTF();
    }
    int patternCount = in.readInt();
    if (patternCount < 0 || patternCount > MAX_FEATURES) {
      throw new IOException("pattern count " + patternCount);
    }
    int[][] patterns = new int[patternCount][];
    long weights = 0;
    for (int k = 0; k < patterns.length; k++) {
      String[] parts = in.readUTF().split(" ");
      patterns[k] = new int[parts.length];
      for (int p = 0; p < parts.length; p++) {
        patterns[k][p] = Integer.parseInt(parts[p]);
      }
      weights += (long) patterns[k][0] * (parts.length - 1);
    }
    int featureCount = in.readInt();
    if (featureCount < 0 || featureCount > MAX_FEATURES) {
      throw new IOException("feature count " + featureCount);
    }
    String[] features = new String[featureCount];
    for (int k = 0; k < features.length; k++) {
      features[k] = in.readUTF();
    }
    FeatureWeights.Builder table = new FeatureWeights.Builder(features.length, weights);
    int feature = 0;
    for (int[] pattern : patterns) {
      int[] patternOutcomes = java.util.Arrays.copyOfRange(pattern, 1, pattern.length);
      for (int k = 0; k < pattern[0]; k++) {
        double[] parameters = new double[patternOutcomes.length];
        for (int o = 0; o < parameters.length; o++) {
          parameters[o] = in.readDouble();
        }
        table.add(features[feature++], patternOutcomes, parameters);
      }
    }
    if (feature != features.length) {
      throw new IOException("outcome patterns cover " + feature + " features, the model has " + features.length);
    }
    return new Parsed(table.build(), outcomes);
  }

  /** OpenNLP 1.5 and later, up to the running version, as OpenNLP itself accepts. */
  private static boolean supportedVersion(String version) {
    if (version == null) {
      return false;
    }
    Version model = Version.parse(version);
    Version running = Version.currentVersion();
    boolean atLeast15 = model.getMajor() > 1 || (model.getMajor() == 1 && model.getMinor() >= 5);
    boolean notNewer = model.getMajor() < running.getMajor()
        || (model.getMajor() == running.getMajor() && model.getMinor() <= running.getMinor());
    return atLeast15 && notNewer;
  }
}
