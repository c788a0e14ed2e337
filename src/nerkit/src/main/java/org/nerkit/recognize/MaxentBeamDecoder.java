package org.nerkit.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * Decodes a maxent name finder model with the same beam search as OpenNLP's
 * {@code NameFinderME}, giving the same spans and probabilities, about twice as fast.
 *
 * <p>Why: profiling showed the model's feature-weight lookups (one hash lookup per feature,
 * about 40 features per token) taking half of all extraction time, and {@code NameFinderME}
 * repeats them for every hypothesis in the beam although only the four previous-outcome
 * features ({@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}) differ between hypotheses.
 * This decoder sums the weights of the shared features once per token and adds only the
 * differing ones per hypothesis. The additions happen in the same order as in
 * {@code GISModel.eval}, so the arithmetic, and hence every score, is bit-for-bit the same.
 *
 * <p>{@link LabelPriors} are the one deliberate difference: their offsets go into each outcome's
 * starting sum (with none, that sum is GIS's uniform prior alone, and the identity holds).
 *
 * <p>One instance per thread: the context generator holds per-document adaptive data.
 */
final class MaxentBeamDecoder implements TokenNameFinder {
  /** OpenNLP's floor for a hypothesis' log score. */
  private static final double MIN_SEQUENCE_SCORE = -100000;
  private static final String[][] NO_ADDITIONAL_CONTEXT = new String[0][];

  private final Spec spec;
  private final NameContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final SequenceCodec<String> codec;
  /** Scratch for {@link FeatureWeights#addAll}. */
  private long[] locations = new long[128];
  /** The hypothesis features and distributions already computed at the current token (see {@link #sameTail}). */
  private String[][] tokenFeatures = new String[4][];
  private double[][] tokenDistributions = new double[4][];

  /**
   * What every decoder of one model shares, immutable after loading, and how to make the
   * per-decoder parts (the context generator holds document state; codecs are cheap).
   */
  record Spec(FeatureWeights byFeature, String[] outcomes, double[] initialScores, int beamSize,
      Supplier<SequenceCodec<String>> codecs, Supplier<NameContextGenerator> contextGenerators) {

    /** A model read by {@link DirectModel}: features-v1, v3 or v4, GIS. */
    static Spec of(DirectModel model, LabelPriors priors) {
      String codecClass = model.codecClass(); // not `model` in the lambdas: it would keep the cluster map alive
      Supplier<NameContextGenerator> contexts;
      if (model.nameFeatures() != null) {
        NameFeatureSet features = model.nameFeatures();
        contexts = () -> new NameFeatures(features);
      } else {
        ClusterFeatures clusters = model.clusters().map(ClusterFeatures::new).orElse(null);
        FeaturesV1.FeatureSet features = model.features();
        contexts = () -> new FeaturesV1(features, clusters);
      }
      return new Spec(model.weights(), model.outcomes(), initialScores(model.outcomes(), priors),
          model.beamSize(), () -> codec(codecClass), contexts);
    }

    /**
     * Each outcome's sum before its features' weights: GIS's uniform prior, log(1 / outcomes),
     * plus the label's prior offset ({@code ORG-start} takes {@code ORG}'s; "other" none).
     */
    static double[] initialScores(String[] outcomes, LabelPriors priors) {
      double uniform = StrictMath.log(1.0 / outcomes.length);
      double[] scores = new double[outcomes.length];
      for (int o = 0; o < outcomes.length; o++) {
        int dash = outcomes[o].lastIndexOf('-');
        scores[o] = dash > 0 ? uniform + priors.offset(outcomes[o].substring(0, dash)) : uniform;
      }
      return scores;
    }

    private static SequenceCodec<String> codec(String className) {
      try {
        return TokenNameFinderFactory.instantiateSequenceCodec(className);
      } catch (opennlp.tools.util.InvalidFormatException e) {
        throw new IllegalStateException("sequence codec " + className + " was readable at load time", e);
      }
    }
  }

  private MaxentBeamDecoder(Spec spec) {
    this.spec = spec;
    this.contexts = spec.contextGenerators().get();
    this.codec = spec.codecs().get();
    this.validator = codec.createSequenceValidator();
  }

  /**
   * The decoder setup for a model OpenNLP loaded, if it is a GIS maxent model (the kind nerkit
   * trains); empty for perceptron and other models, which {@code NameFinderME} then decodes.
   */
  @SuppressWarnings("unchecked")
  static Optional<Spec> specOf(TokenNameFinderModel model, LabelPriors priors) {
    Object classifier = model.getArtifact("nameFinder.model");
    if (!(classifier instanceof GISModel gis)) {
      return Optional.empty();
    }
    Object[] data = gis.getDataStructures();
    String[] outcomes = (String[]) data[2];
    Object descriptor = model.getArtifact("generator.featuregen");
    Object clusters = model.getArtifact(DirectModel.CLUSTER_ENTRY);
    Supplier<NameContextGenerator> contexts = () -> model.getFactory().createContextGenerator();
    Optional<FeaturesV1.FeatureSet> set = descriptor instanceof byte[] bytes ? FeaturesV1.FeatureSet.of(bytes) : Optional.empty();
    if (set.isPresent() && !set.get().usesClusters() && clusters == null) {
      contexts = FeaturesV1::new;
    } else if (set.isPresent() && set.get().usesClusters() && clusters instanceof ClusterLexicon lexicon) {
      ClusterFeatures features = new ClusterFeatures(lexicon.paths());
      FeaturesV1.FeatureSet featureSet = set.get();
      contexts = () -> new FeaturesV1(featureSet, features);
    }
    Supplier<NameContextGenerator> contextGenerators = contexts;
    String beam = model.getManifestProperty("BeamSize");
    int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    return FeatureWeights.of((Map<String, Context>) data[1])
        .map(table -> new Spec(table, outcomes, Spec.initialScores(outcomes, priors), beamSize,
            () -> model.getFactory().createSequenceCodec(),
            contextGenerators));
  }

  /**
   * Empties the model's own feature map once {@link #specOf} has copied it: 700 k small
   * objects, about 100 MB of heap, that nothing reads afterwards (this decoder reads its copy;
   * the model's outcome names and feature generators stay). Only for a model this recognizer
   * loaded itself and will not hand to {@code NameFinderME}.
   */
  static void releaseOpenNlpWeights(TokenNameFinderModel model) {
    if (model.getArtifact("nameFinder.model") instanceof GISModel gis && gis.getDataStructures()[1] instanceof Map<?, ?> map) {
      try {
        map.clear();
      } catch (UnsupportedOperationException e) {
        // an immutable map in some other OpenNLP version: keep both copies
      }
    }
  }

  static MaxentBeamDecoder create(Spec spec) {
    return new MaxentBeamDecoder(spec);
  }

  @Override
  public void clearAdaptiveData() {
    contexts.clearAdaptiveData();
  }

  /** Names in one sentence (or window) of tokens, with the mean token probability as each span's probability. */
  @Override
  public Span[] find(String[] tokens) {
    Hypothesis best = search(tokens);
    String[] outcomes = best == null ? new String[0] : best.outcomes();
    contexts.updateAdaptiveData(tokens, outcomes);
    Span[] spans = codec.decode(Arrays.asList(outcomes));
    double[] probabilities = best == null ? new double[0] : best.probabilities();
    for (int k = 0; k < spans.length; k++) {
      double sum = 0;
      for (int t = spans[k].getStart(); t < spans[k].getEnd(); t++) {
        sum += probabilities[t];
      }
      spans[k] = new Span(spans[k], sum / spans[k].length());
    }
    return spans;
  }

  private Hypothesis search(String[] tokens) {
    int outcomeCount = spec.outcomes().length;
    List<Hypothesis> beam = new ArrayList<>();
    beam.add(Hypothesis.ROOT);
    List<Hypothesis> next = new ArrayList<>();
    double[] shared = new double[outcomeCount];
    double[] probabilities = new double[outcomeCount];
    double[] scratch = new double[Math.max(1, spec.beamSize())];
    for (int i = 0; i < tokens.length; i++) {
      beam.sort(Hypothesis.BEST_FIRST);
      int expand = Math.min(spec.beamSize(), beam.size());
      String[] sharedFeatures = null;
      int sharedCount = 0;
      int scored = 0;
      for (int h = 0; h < expand; h++) {
        Hypothesis top = beam.get(h);
        String[] previous = top.outcomes();
        String[] features = contexts.getContext(i, tokens, previous, NO_ADDITIONAL_CONTEXT);
        if (sharedFeatures == null) {
          sharedFeatures = features;
          sharedCount = sharedPrefix(features);
          System.arraycopy(spec.initialScores(), 0, shared, 0, outcomeCount);
          addWeights(features, 0, sharedCount, shared);
        }
        boolean sharesPrefix = startsWith(features, sharedFeatures, sharedCount);
        int same = sharesPrefix ? sameTail(features, sharedCount, scored) : -1;
        if (same >= 0) {
          // Hypotheses that differ only before the last two outcomes have the same features
          // here, hence the same distribution: computed once per token.
          System.arraycopy(tokenDistributions[same], 0, probabilities, 0, outcomeCount);
        } else {
          if (sharesPrefix) {
            System.arraycopy(shared, 0, probabilities, 0, outcomeCount);
            addWeights(features, sharedCount, features.length, probabilities);
          } else {
            System.arraycopy(spec.initialScores(), 0, probabilities, 0, outcomeCount);
            addWeights(features, 0, features.length, probabilities);
          }
          normalize(probabilities);
          if (sharesPrefix) {
            scored = remember(features, probabilities, scored);
          }
        }
        double threshold = kthLargest(probabilities, spec.beamSize(), scratch);
        for (int o = 0; o < outcomeCount; o++) {
          if (probabilities[o] >= threshold) {
            extend(next, top, previous, tokens, i, o, probabilities[o]);
          }
        }
        if (next.isEmpty()) {
          // No likely outcome is valid here: fall back to every valid one, as NameFinderME does.
          for (int o = 0; o < outcomeCount; o++) {
            extend(next, top, previous, tokens, i, o, probabilities[o]);
          }
        }
      }
      List<Hypothesis> swap = beam;
      beam = next;
      next = swap;
      next.clear();
    }
    Hypothesis best = null;
    for (Hypothesis candidate : beam) {
      if (best == null || candidate.score > best.score) {
        best = candidate;
      }
    }
    return best;
  }

  /** Which of the first {@code scored} remembered feature arrays ends with the same strings after {@code from}, or -1. */
  private int sameTail(String[] features, int from, int scored) {
    for (int k = 0; k < scored; k++) {
      String[] other = tokenFeatures[k];
      if (other.length == features.length && Arrays.equals(other, from, other.length, features, from, features.length)) {
        return k;
      }
    }
    return -1;
  }

  private int remember(String[] features, double[] probabilities, int scored) {
    if (scored == tokenFeatures.length) {
      tokenFeatures = Arrays.copyOf(tokenFeatures, 2 * scored);
      tokenDistributions = Arrays.copyOf(tokenDistributions, 2 * scored);
    }
    tokenFeatures[scored] = features;
    if (tokenDistributions[scored] == null || tokenDistributions[scored].length != probabilities.length) {
      tokenDistributions[scored] = new double[probabilities.length];
    }
    System.arraycopy(probabilities, 0, tokenDistributions[scored], 0, probabilities.length);
    return scored + 1;
  }

  private void extend(List<Hypothesis> next, Hypothesis top, String[] previous, String[] tokens, int i, int outcome,
      double probability) {
    String label = spec.outcomes()[outcome];
    if (validator.validSequence(i, tokens, previous, label)) {
      Hypothesis extended = new Hypothesis(top, label, probability);
      if (extended.score > MIN_SEQUENCE_SCORE) {
        next.add(extended);
      }
    }
  }

  /** How many leading features do not depend on the hypothesis: all before the first previous-outcome feature. */
  private static int sharedPrefix(String[] features) {
    for (int k = 0; k < features.length; k++) {
      if (features[k].startsWith("po=")) {
        return k;
      }
    }
    return features.length;
  }

  private static boolean startsWith(String[] features, String[] prefix, int count) {
    if (features.length < count) {
      return false;
    }
    for (int k = 0; k < count; k++) {
      if (!features[k].equals(prefix[k])) {
        return false;
      }
    }
    return true;
  }

  private void addWeights(String[] features, int from, int to, double[] sums) {
    if (locations.length < to - from) {
      locations = new long[Math.max(to - from, 2 * locations.length)];
    }
    spec.byFeature().addAll(features, from, to, sums, locations);
  }

  /** The {@code k}-th largest value, duplicates counted (the smallest if there are fewer than k): the beam's cut. */
  static double kthLargest(double[] values, int k, double[] scratch) {
    if (k >= values.length) {
      double min = Double.POSITIVE_INFINITY;
      for (double value : values) {
        min = Math.min(min, value);
      }
      return min;
    }
    // scratch[0..k) holds the k largest seen so far, in descending order.
    int filled = 0;
    for (double value : values) {
      if (filled < k || value > scratch[k - 1]) {
        int at = Math.min(filled, k - 1);
        while (at > 0 && scratch[at - 1] < value) {
          scratch[at] = scratch[at - 1];
          at--;
        }
        scratch[at] = value;
        filled = Math.min(filled + 1, k);
      }
    }
    return scratch[k - 1];
  }

  /** Log-linear sums to probabilities, with the same functions and order as GISModel.eval. */
  private static void normalize(double[] sums) {
    double total = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o]);
      total += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= total;
    }
  }

  /** A path through the beam: its last outcome and a link to the rest, so extending costs O(1). */
  private static final class Hypothesis {
    static final Hypothesis ROOT = new Hypothesis();
    static final java.util.Comparator<Hypothesis> BEST_FIRST = (a, b) -> Double.compare(b.score, a.score);

    final Hypothesis parent;
    final String outcome;
    final double probability;
    final double score;
    final int length;

    private Hypothesis() {
      parent = null;
      outcome = null;
      probability = 0;
      score = 0;
      length = 0;
    }

    Hypothesis(Hypothesis parent, String outcome, double probability) {
      this.parent = parent;
      this.outcome = outcome;
      this.probability = probability;
      this.score = parent.score + StrictMath.log(probability);
      this.length = parent.length + 1;
    }

    String[] outcomes() {
      String[] outcomes = new String[length];
      Hypothesis node = this;
      for (int k = length - 1; k >= 0; k--) {
        outcomes[k] = node.outcome;
        node = node.parent;
      }
      return outcomes;
    }

    double[] probabilities() {
      double[] probabilities = new double[length];
      Hypothesis node = this;
      for (int k = length - 1; k >= 0; k--) {
        probabilities[k] = node.probability;
        node = node.parent;
      }
      return probabilities;
    }
  }
}
