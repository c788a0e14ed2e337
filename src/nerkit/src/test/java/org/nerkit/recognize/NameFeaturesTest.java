package org.nerkit.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nerkit.document.Mention;
import org.nerkit.tokenize.SentenceSplitter;

/**
 * Models with nerkit's own features ({@code format=nerkit-features}): trained by OpenNLP with
 * {@link NameFeaturesFactory}, read back by OpenNLP and by nerkit's own loader, decoded the same
 * by {@code NameFinderME} and by nerkit's decoder; and the lexicon features fire where the
 * lexicons say.
 */
class NameFeaturesTest {
  private static SentenceSplitter sentences;
  private static final List<String> DOCUMENTS = new ArrayList<>();
  private static byte[] modelFile;

  private static final String DESCRIPTOR = """
      # a test descriptor: every kind of feature
      format=nerkit-features
      version=1
      words.window=2
      classes.window=1
      affixes=3
      bigrams=true
      previous-map=true
      sentence-begin=true
      wordclasses=bc,km
      wordclass.bc.resource=test-brown.wordclasses
      wordclass.bc.key=EXACT
      wordclass.bc.prefixes=2,4
      wordclass.bc.window=1
      wordclass.km.resource=test-km.wordclasses
      wordclass.km.key=LOWER
      wordclass.km.prefixes=
      wordclass.km.window=0
      gazetteer.resource=test-names.gazetteer
      gazetteer.key=SIMPLIFIED_LOWER
      gazetteer.longest=true
      label-history=true
      firstnames.resource=test-first.wordclasses
      titles.resource=test-titles.gazetteer
      """;

  private static final Map<String, String> LEXICONS = Map.of(
      "test-brown.wordclasses", "Kallas\t1011\nMerkel\t1010\nPfizer\t0110\nBrussels\t0011\nsaid\t0001\n",
      "test-km.wordclasses", "kallas\t17\nnetflix\t4\npfizer\t4\nmonday\t9\n",
      "test-names.gazetteer", "kaja kallas\tPER\nnetflix\tORG\npfizer\tORG\nbrussels\tGPE,LOC\nbank of england\tORG\n"
          + "england\tGPE\n",
      "test-first.wordclasses", "kaja\ts3\nangela\ts5m\n",
      "test-titles.gazetteer", "prime minister\tTITLE\nchief executive\tTITLE\n");

  @BeforeAll
  static void trainSmallModel() throws IOException {
    sentences = SentenceSplitter.english();
    for (String resource : List.of("country-passages.txt", "linking-documents.txt")) {
      try (InputStream in = NameFeaturesTest.class.getResourceAsStream("/org/nerkit/" + resource)) {
        DOCUMENTS.addAll(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\\s*\n")));
      }
    }
    DOCUMENTS.add("Prime Minister Kaja Kallas met the chief executive of Pfizer in Brussels on Monday, and Netflix fell.");
    NameFinderME teacher;
    try (InputStream in = NameFeaturesTest.class.getClassLoader().getResourceAsStream("org/nerkit/models/nerkit-en-ner.bin")) {
      teacher = new NameFinderME(new TokenNameFinderModel(in));
    }
    List<NameSample> samples = new ArrayList<>();
    for (String document : DOCUMENTS) {
      teacher.clearAdaptiveData();
      boolean first = true;
      for (String[] tokens : ClusterFeatureSetsTest.tokenize(sentences, document)) {
        samples.add(new NameSample(tokens, teacher.find(tokens), first));
        first = false;
      }
    }
    Map<String, Object> resources = new LinkedHashMap<>();
    LEXICONS.forEach((name, content) -> resources.put(name, LexiconResource.of(content.getBytes(StandardCharsets.UTF_8))));
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 30);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
    TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters,
        new NameFeaturesFactory(DESCRIPTOR.getBytes(StandardCharsets.UTF_8), resources, new BilouCodec()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.serialize(out);
    modelFile = out.toByteArray();
  }

  @Test
  void theModelIsReadDirectlyWithItsLexicons() {
    DirectModel direct = DirectModel.read(modelFile).orElseThrow(() -> new AssertionError("must be read without OpenNLP"));
    assertTrue(direct.nameFeatures() != null);
    assertEquals(2, direct.nameFeatures().wordClasses.size());
    assertEquals(6, direct.nameFeatures().gazetteer.size());
  }

  @Test
  void lexiconFeaturesFireWhereTheLexiconsSay() throws IOException {
    NameFeatureSet set = DirectModel.read(modelFile).orElseThrow().nameFeatures();
    NameContextGenerator features = new NameFeatures(set);
    String[] tokens = {"Prime", "Minister", "Kaja", "Kallas", "met", "the", "Bank", "of", "England", "."};
    String[] outcomes = new String[tokens.length];
    Arrays.fill(outcomes, "other");
    List<String> kaja = Arrays.asList(features.getContext(2, tokens, outcomes, null));
    List<String> kallas = Arrays.asList(features.getContext(3, tokens, outcomes, null));
    assertTrue(kaja.containsAll(List.of("gz=PER-B", "fn=s3", "ttl-1", "bc=none")), kaja::toString);
    assertTrue(kallas.containsAll(List.of("gz=PER-E", "p1fn=s3", "bc=2:10", "bc=4:1011", "km=17")), kallas::toString);
    assertFalse(kallas.contains("ttl-1"), kallas::toString);
    List<String> bank = Arrays.asList(features.getContext(6, tokens, outcomes, null));
    List<String> of = Arrays.asList(features.getContext(7, tokens, outcomes, null));
    assertTrue(bank.contains("gz=ORG-B") && of.contains("gz=ORG-I"), bank + " " + of);
    List<String> england = Arrays.asList(features.getContext(8, tokens, outcomes, null));
    assertTrue(england.containsAll(List.of("gz=ORG-E", "gz=GPE-U", "gzl=ORG-E")) && !england.contains("gzl=GPE-U"),
        "the longest match tells: " + england);
    assertTrue(kallas.contains("lh=none"), kallas::toString);
    List<String> prime = Arrays.asList(features.getContext(0, tokens, outcomes, null));
    assertTrue(prime.contains("ttl") && prime.contains("S=begin"), prime::toString);
    String[] lastFour = Arrays.copyOfRange(features.getContext(3, tokens, outcomes, null), kallas.size() - 4, kallas.size());
    assertEquals(List.of("po=other", "pow=other,Kallas", "powf=other,ic", "ppo=other"), List.of(lastFour));
  }

  @Test
  void theLabelHistoryIsTheTypeAWordGotMostOftenEarlierInTheDocument() throws IOException {
    NameContextGenerator features = new NameFeatures(DirectModel.read(modelFile).orElseThrow().nameFeatures());
    String[] first = {"Kallas", "spoke", "."};
    features.updateAdaptiveData(first, new String[] {"PERSON-unit", "other", "other"});
    features.updateAdaptiveData(new String[] {"KALLAS"}, new String[] {"ORG-unit"});
    features.updateAdaptiveData(new String[] {"kallas"}, new String[] {"PERSON-unit"});
    String[] next = {"Kallas", "left"};
    String[] outcomes = {"other", "other"};
    assertTrue(Arrays.asList(features.getContext(0, next, outcomes, null)).contains("lh=PERSON"));
    assertTrue(Arrays.asList(features.getContext(1, next, outcomes, null)).contains("lh=none"));
    features.clearAdaptiveData();
    assertTrue(Arrays.asList(features.getContext(0, new String[] {"Kallas"}, new String[] {"other"}, null)).contains("lh=none"));
  }

  @Test
  void aGazetteerMatchMustStartWithACapital() throws IOException {
    NameFeatureSet set = DirectModel.read(modelFile).orElseThrow().nameFeatures();
    String[] tokens = {"shares", "of", "pfizer", "and", "Netflix", "fell"};
    String[] outcomes = new String[tokens.length];
    Arrays.fill(outcomes, "other");
    NameContextGenerator features = new NameFeatures(set);
    assertFalse(Arrays.asList(features.getContext(2, tokens, outcomes, null)).contains("gz=ORG-U"));
    assertTrue(Arrays.asList(features.getContext(4, tokens, outcomes, null)).contains("gz=ORG-U"));
  }

  @Test
  void nerkitsDecoderFindsWhatNameFinderMeFinds() throws IOException {
    NameRecognizer fast = NameRecognizer.load(new ByteArrayInputStream(modelFile), "test model");
    NameRecognizer reference = NameRecognizer.loadWithOpenNlpDecoder(new ByteArrayInputStream(modelFile), "test model");
    int mentions = 0;
    List<String> all = new ArrayList<>(DOCUMENTS);
    all.add("THE UNITED NATIONS SAID ON MONDAY THAT IRAQ AND SYRIA HAD AGREED TO TALKS IN GENEVA.");
    all.add("");
    for (String document : all) {
      List<Mention> expected = MaxentBeamDecoderTest.recognize(reference, sentences, document);
      assertEquals(expected, MaxentBeamDecoderTest.recognize(fast, sentences, document), () -> "decoders differ on: " + document);
      mentions += expected.size();
    }
    assertTrue(mentions > 80, "the comparison must cover many mentions, saw " + mentions);
  }

  @Test
  void aDescriptorWithAnUnknownPropertyOrAMissingLexiconIsRefused() {
    IOException unknown = assertThrows(IOException.class,
        () -> FeatureDescriptor.parse((DESCRIPTOR + "windows=3\n").getBytes(StandardCharsets.UTF_8)));
    assertTrue(unknown.getMessage().contains("windows"), unknown.getMessage());
    IOException missing = assertThrows(IOException.class, () -> new NameFeatureSet(
        FeatureDescriptor.parse(DESCRIPTOR.getBytes(StandardCharsets.UTF_8)), name -> null));
    assertTrue(missing.getMessage().contains("test-brown.wordclasses"), missing.getMessage());
  }
}
