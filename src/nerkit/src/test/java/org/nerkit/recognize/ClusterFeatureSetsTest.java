package org.nerkit.recognize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nerkit.document.Mention;
import org.nerkit.tokenize.SentenceSplitter;
import org.nerkit.tokenize.TokenForms;
import org.nerkit.tokenize.Tokenizer;

/**
 * The fast path of the feature sets with clusters, features-v3 and v4 (Brown cluster features
 * built by {@link FeaturesV1}, the model read by {@link DirectModel}), must be a pure speed-up:
 * the same feature strings in the same order as OpenNLP's generators build from the descriptor,
 * and the same names as {@code NameFinderME}. The model here is small, trained in the test on the bundled model's
 * output for the test texts, with made-up clusters of every path length (1 to 23 bits) so that
 * each prefix cut is exercised; cutoff 1 keeps every cluster feature in the model.
 */
class ClusterFeatureSetsTest {
  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static SentenceSplitter sentences;
  private static List<String> documents;
  private static final Map<FeaturesV1.FeatureSet, byte[]> MODEL_FILES = new java.util.EnumMap<>(FeaturesV1.FeatureSet.class);
  private static ClusterLexicon clusters;

  @BeforeAll
  static void trainSmallModel() throws IOException {
    sentences = SentenceSplitter.english();
    documents = new ArrayList<>();
    for (String resource : List.of("country-passages.txt", "country-passages-fresh.txt", "linking-documents.txt")) {
      try (InputStream in = ClusterFeatureSetsTest.class.getResourceAsStream("/org/nerkit/" + resource)) {
        for (String document : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\\s*\n")) {
          documents.add(document);
        }
      }
    }
    NameFinderME teacher;
    try (InputStream in = ClusterFeatureSetsTest.class.getClassLoader().getResourceAsStream("org/nerkit/models/nerkit-en-ner.bin")) {
      teacher = new NameFinderME(new TokenNameFinderModel(in));
    }
    List<NameSample> samples = new ArrayList<>();
    StringBuilder lexicon = new StringBuilder("# made-up clusters for the test\n");
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String document : documents) {
      teacher.clearAdaptiveData();
      boolean first = true;
      for (String[] tokens : tokenize(sentences, document)) {
        Span[] names = teacher.find(tokens);
        samples.add(new NameSample(tokens, names, first));
        first = false;
        for (String token : tokens) {
          int hash = token.hashCode();
          // Most words get a path, of 1 to 23 bits; about one in eight none.
          if ((hash & 7) != 0 && seen.add(token)) {
            int length = 1 + Math.floorMod(hash >> 3, 23);
            String bits = Integer.toBinaryString(Math.abs(hash) | (1 << 30)).substring(1);
            lexicon.append(token).append('\t').append(bits, 0, length).append('\n');
          }
        }
      }
    }
    clusters = ClusterLexicon.read(new ByteArrayInputStream(lexicon.toString().getBytes(StandardCharsets.UTF_8)));
    for (String version : List.of("v3", "v4")) {
      byte[] descriptor;
      try (InputStream in = ClusterFeatureSetsTest.class.getResourceAsStream("/org/nerkit/recognize/features-" + version + ".xml")) {
        descriptor = in.readAllBytes();
      }
      TrainingParameters parameters = new TrainingParameters();
      parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
      parameters.put(TrainingParameters.ITERATIONS_PARAM, 30);
      parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
      TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters,
          new TokenNameFinderFactory(descriptor, Map.of(DirectModel.CLUSTER_ENTRY, clusters), new BilouCodec()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      model.serialize(out);
      MODEL_FILES.put(FeaturesV1.FeatureSet.valueOf(version.toUpperCase(java.util.Locale.ROOT)), out.toByteArray());
    }
  }

  /** The model's tokens of each sentence of {@code document}, as the pipeline gives them to the recognizer. */
  static List<String[]> tokenize(SentenceSplitter sentences, String document) {
    List<String[]> result = new ArrayList<>();
    int[] bounds = sentences.split(document);
    for (int k = 0; k < bounds.length; k += 2) {
      int[] offsets = TOKENIZER.tokenize(document, bounds[k], bounds[k + 1]);
      String[] tokens = new String[offsets.length / 2];
      for (int t = 0; t < tokens.length; t++) {
        tokens[t] = TokenForms.modelForm(document.substring(offsets[2 * t], offsets[2 * t + 1]));
      }
      if (tokens.length > 0) {
        result.add(tokens);
      }
    }
    return result;
  }

  @ParameterizedTest
  @EnumSource(names = {"V3", "V4"})
  void clustersSurviveTheModelFile(FeaturesV1.FeatureSet set) throws IOException {
    byte[] modelFile = MODEL_FILES.get(set);
    TokenNameFinderModel model = new TokenNameFinderModel(new ByteArrayInputStream(modelFile));
    assertTrue(model.getArtifact(DirectModel.CLUSTER_ENTRY) instanceof ClusterLexicon lexicon
        && lexicon.paths().equals(clusters.paths()));
    DirectModel direct = DirectModel.read(modelFile).orElseThrow(() -> new AssertionError("a " + set + " model must be read directly"));
    assertEquals(clusters.paths(), direct.clusters().orElseThrow());
    assertEquals(set, direct.features());
  }

  @ParameterizedTest
  @EnumSource(names = {"V3", "V4"})
  void sameFeatureStringsAsOpenNlpGenerators(FeaturesV1.FeatureSet set) throws IOException {
    TokenNameFinderModel model = new TokenNameFinderModel(new ByteArrayInputStream(MODEL_FILES.get(set)));
    NameContextGenerator reference = model.getFactory().createContextGenerator();
    NameContextGenerator fast = new FeaturesV1(set, new ClusterFeatures(clusters.paths()));
    String[] labels = {"other", "B-PERSON", "U-GPE", "L-ORG"};
    int features = 0;
    int clusterFeatures = 0;
    for (String document : documents) {
      reference.clearAdaptiveData();
      fast.clearAdaptiveData();
      for (String[] tokens : tokenize(sentences, document)) {
        String[] previous = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          previous[i] = labels[Math.floorMod(tokens[i].hashCode(), labels.length)];
        }
        for (int i = 0; i < tokens.length; i++) {
          String[] expected = reference.getContext(i, tokens, previous, null);
          assertArrayEquals(expected, fast.getContext(i, tokens, previous, null), "token " + i + " of " + String.join(" ", tokens));
          features += expected.length;
          clusterFeatures += java.util.Arrays.stream(expected).filter(f -> f.contains("browncluster=")).count();
        }
        reference.updateAdaptiveData(tokens, previous);
        fast.updateAdaptiveData(tokens, previous);
      }
    }
    assertTrue(clusterFeatures > 1000, features + " features, " + clusterFeatures + " of them cluster features");
  }

  @ParameterizedTest
  @EnumSource(names = {"V3", "V4"})
  void sameMentionsAsNameFinderMe(FeaturesV1.FeatureSet set) throws IOException {
    byte[] modelFile = MODEL_FILES.get(set);
    NameRecognizer fast = NameRecognizer.load(new ByteArrayInputStream(modelFile), set + " test model");
    NameRecognizer reference = NameRecognizer.loadWithOpenNlpDecoder(new ByteArrayInputStream(modelFile), set + " test model");
    int mentions = 0;
    List<String> all = new ArrayList<>(documents);
    all.add("THE UNITED NATIONS SAID ON MONDAY THAT IRAQ AND SYRIA HAD AGREED TO TALKS IN GENEVA.");
    all.add("reuters reported that john kerry flew to paris on tuesday .");
    all.add("");
    for (String document : all) {
      List<Mention> expected = recognize(reference, document);
      assertEquals(expected, recognize(fast, document), () -> "decoders differ on: " + document);
      mentions += expected.size();
    }
    assertTrue(mentions > 100, "the comparison must cover many mentions, saw " + mentions);
  }

  private static List<Mention> recognize(NameRecognizer recognizer, String text) {
    return MaxentBeamDecoderTest.recognize(recognizer, sentences, text);
  }
}
