package org.nerkit.recognize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The OpenNLP name finder factory of models with nerkit's own features ({@link NameFeatures}):
 * OpenNLP's trainer and {@code NameFinderME} get their context generator from it, so a model is
 * trained and decoded with the same features, by OpenNLP or by nerkit's decoder alike. A model's
 * manifest names this class, and OpenNLP instantiates it by reflection when loading one.
 */
public final class NameFeaturesFactory extends TokenNameFinderFactory {
  /** Where OpenNLP's name finder models keep their feature descriptor. */
  static final String DESCRIPTOR_ENTRY = "generator.featuregen";

  private volatile NameFeatureSet features;

  /** For OpenNLP, which fills in the model's descriptor and resources. */
  public NameFeaturesFactory() {}

  /**
   * For training.
   *
   * @param descriptor a {@code format=nerkit-features} descriptor
   * @param resources the lexicons it names, as {@link LexiconResource}s
   */
  public NameFeaturesFactory(byte[] descriptor, Map<String, Object> resources, SequenceCodec<String> codec) {
    super(descriptor, resources, codec);
  }

  /** Whether a feature descriptor is nerkit's own ({@code format=nerkit-features}) rather than OpenNLP's XML. */
  public static boolean isNerkitDescriptor(byte[] descriptor) {
    return FeatureDescriptor.isNerkitFormat(descriptor);
  }

  /**
   * The lexicons a nerkit feature descriptor reads, by their names in the model.
   *
   * @throws IOException when the descriptor is not valid
   */
  public static List<String> lexiconsNamedBy(byte[] descriptor) throws IOException {
    return FeatureDescriptor.parse(descriptor).resources();
  }

  @Override
  public NameContextGenerator createContextGenerator() {
    return new NameFeatures(features());
  }

  /** Never OpenNLP's XML generators: the features are {@link NameFeatures}. */
  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return null;
  }

  private NameFeatureSet features() {
    NameFeatureSet result = features;
    if (result == null) {
      synchronized (this) {
        result = features;
        if (result == null) {
          byte[] descriptor = artifactProvider != null
              ? (byte[]) artifactProvider.getArtifact(DESCRIPTOR_ENTRY)
              : getFeatureGenerator();
          try {
            result = new NameFeatureSet(FeatureDescriptor.parse(descriptor), name -> {
              Object resource = artifactProvider != null ? artifactProvider.getArtifact(name) : getResources().get(name);
              return resource instanceof LexiconResource lexicon ? lexicon.lexicon(name) : resource;
            });
          } catch (IOException e) {
            throw new UncheckedIOException("cannot build the model's features: " + e.getMessage(), e);
          }
          features = result;
        }
      }
    }
    return result;
  }
}
