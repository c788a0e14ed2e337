package org.nerkit.recognize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of nerkit's {@code features-v1} descriptor, built directly: the same strings in
 * the same order as OpenNLP's generators build from that descriptor, several times faster.
 *
 * <p>Why: after the weight lookups, building features was the largest cost of recognition.
 * OpenNLP's window generators lower-case and classify each token up to five times (its
 * lower-casing goes through a stream per call), and its descriptor parser emits every generator
 * after the first twice (so the model was trained with those features doubled). Here each
 * token is lower-cased and classified once per sentence and its hypothesis-independent features
 * are built once; only the four previous-outcome features are built per hypothesis.
 *
 * <p>With a cluster lexicon it builds {@code features-v3} or {@code features-v4} instead: the
 * same plus, in the doubled block, OpenNLP's Brown cluster features ({@code browncluster=} of
 * the current token; for v3 then {@code p1browncluster=} and {@code n1browncluster=} of its
 * neighbours and {@code c,browncluster=} of the current token with its shape), each at path
 * prefixes 4, 6, 10 and 20 as {@code BrownTokenClasses} cuts them.
 *
 * <p>Used only for models whose descriptor is byte-for-byte one of {@link FeatureSet}'s;
 * {@code MaxentBeamDecoderTest} and {@code ClusterFeatureSetsTest} check on real text that the
 * features and the decoded names are identical. One instance per decoder: it holds the document's
 * previous-map data.
 */
final class FeaturesV1 implements NameContextGenerator {

  /** The feature sets this class reproduces: the descriptors nerkit trains with, byte for byte. */
  enum FeatureSet {
    /** OpenNLP's defaults plus prefixes and suffixes. */
    V1("features-v1", false),
    /** V1 plus the clusters of the token and its neighbours, and the token's with its shape. */
    V3("features-v3", true),
    /** V1 plus the clusters of the token. */
    V4("features-v4", true);

    private final String descriptorName;
    private final boolean usesClusters;

    FeatureSet(String descriptorName, boolean usesClusters) {
      this.descriptorName = descriptorName;
      this.usesClusters = usesClusters;
    }

    boolean usesClusters() {
      return usesClusters;
    }

    /** The feature set a model's descriptor is exactly, if any. */
    static Optional<FeatureSet> of(byte[] descriptor) {
      for (FeatureSet set : values()) {
        if (descriptor != null && FeatureDescriptors.named(set.descriptorName).filter(d -> Arrays.equals(d, descriptor)).isPresent()) {
          return Optional.of(set);
        }
      }
      return Optional.empty();
    }
  }

  private final FeatureSet set;
  /** The cluster features of each word; null for features-v1. */
  private final ClusterFeatures clusters;

  /** Token of the previous sentences of the document → the outcome it got (OpenNLP's previous-map feature). */
  private final Map<String, String> previousOutcomes = new HashMap<>();

  private String[] cachedTokens;
  private String[] lower;
  private String[] shape;
  private String[][] shared;
  /** Per token of the sentence, its cluster features (cluster feature sets only). */
  private ClusterFeatures.Path[] clusterPaths;

  /** features-v1. */
  FeaturesV1() {
    this(FeatureSet.V1, null);
  }

  /** {@code set} with these clusters (null for features-v1). */
  FeaturesV1(FeatureSet set, ClusterFeatures clusters) {
    if (set.usesClusters() != (clusters != null)) {
      throw new IllegalArgumentException(set + (clusters == null ? " needs clusters" : " uses no clusters"));
    }
    this.set = set;
    this.clusters = clusters;
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] priorDecisions, Object[] additionalContext) {
    if (tokens != cachedTokens) {
      startSentence(tokens);
    }
    String[] common = shared[index];
    if (common == null) {
      common = sharedFeatures(index, tokens);
      shared[index] = common;
    }
    return PriorOutcomeFeatures.appendTo(common, index, tokens, shape, priorDecisions);
  }

  private void startSentence(String[] tokens) {
    cachedTokens = tokens;
    lower = new String[tokens.length];
    shape = new String[tokens.length];
    for (int k = 0; k < tokens.length; k++) {
      lower[k] = StringUtil.toLowerCase(tokens[k]);
      shape[k] = FeatureGeneratorUtil.tokenFeature(tokens[k]);
    }
    shared = new String[tokens.length][];
    if (clusters != null) {
      clusterPaths = new ClusterFeatures.Path[tokens.length];
      for (int k = 0; k < tokens.length; k++) {
        clusterPaths[k] = clusters.of(tokens[k]);
      }
    }
  }

  /**
   * Token-class window, then twice: token window, prefixes, suffixes, prior, previous map,
   * bigrams, sentence start (and for v3: clusters of the token and its neighbours, the token's cluster with its shape).
   */
  private String[] sharedFeatures(int index, String[] tokens) {
    String token = tokens[index];
    int affixes = Math.min(4, token.length());
    ClusterFeatures.Path none = ClusterFeatures.Path.NONE;
    ClusterFeatures.Path path = clusters == null ? none : clusterPaths[index];
    String[] current = path.current();
    boolean v3 = set == FeatureSet.V3;
    String[] previous = !v3 || index == 0 ? none.previous() : clusterPaths[index - 1].previous();
    String[] next = !v3 || index + 1 == tokens.length ? none.next() : clusterPaths[index + 1].next();
    String[] withShape = !v3 || current.length == 0 ? none.current() : path.withShape(shape[index]);
    String[] block = new String[5 + 2 * affixes + 2 + 4 + 1 + current.length + previous.length + next.length
        + withShape.length];
    int n = 0;
    block[n++] = "w=" + lower[index];
    for (int k = 1; k <= 2 && index - k >= 0; k++) {
      block[n++] = "p" + k + "w=" + lower[index - k];
    }
    for (int k = 1; k <= 2 && index + k < tokens.length; k++) {
      block[n++] = "n" + k + "w=" + lower[index + k];
    }
    for (int k = 0; k < affixes; k++) {
      block[n++] = "pre=" + token.substring(0, k + 1);
    }
    for (int k = 0; k < affixes; k++) {
      block[n++] = "suf=" + token.substring(Math.max(token.length() - 1 - k, 0));
    }
    block[n++] = "def";
    block[n++] = "pd=" + previousOutcomes.get(token);
    if (index > 0) {
      block[n++] = "pw,w=" + tokens[index - 1] + "," + token;
      block[n++] = "pwc,wc=" + shape[index - 1] + "," + shape[index];
    }
    if (index + 1 < tokens.length) {
      block[n++] = "w,nw=" + token + "," + tokens[index + 1];
      block[n++] = "wc,nc=" + shape[index] + "," + shape[index + 1];
    }
    if (index == 0) {
      block[n++] = "S=begin";
    }
    for (String[] features : new String[][] {current, previous, next, withShape}) {
      System.arraycopy(features, 0, block, n, features.length);
      n += features.length;
    }
    String[] classes = new String[10];
    int c = 0;
    classes[c++] = "wc=" + shape[index];
    classes[c++] = "w&c=" + lower[index] + "," + shape[index];
    for (int k = 1; k <= 2 && index - k >= 0; k++) {
      classes[c++] = "p" + k + "wc=" + shape[index - k];
      classes[c++] = "p" + k + "w&c=" + lower[index - k] + "," + shape[index - k];
    }
    for (int k = 1; k <= 2 && index + k < tokens.length; k++) {
      classes[c++] = "n" + k + "wc=" + shape[index + k];
      classes[c++] = "n" + k + "w&c=" + lower[index + k] + "," + shape[index + k];
    }
    String[] features = new String[c + 2 * n];
    System.arraycopy(classes, 0, features, 0, c);
    System.arraycopy(block, 0, features, c, n);
    System.arraycopy(block, 0, features, c + n, n);
    return features;
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    if (tokens != null && outcomes != null) {
      for (int k = 0; k < tokens.length; k++) {
        previousOutcomes.put(tokens[k], outcomes[k]);
      }
    }
    cachedTokens = null; // the previous-map features of a re-decoded sentence would change
  }

  @Override
  public void clearAdaptiveData() {
    previousOutcomes.clear();
    cachedTokens = null;
  }

  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    throw new UnsupportedOperationException("the features-v1 and v3 sets are fixed");
  }
}
