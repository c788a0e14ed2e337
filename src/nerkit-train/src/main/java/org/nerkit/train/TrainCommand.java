package org.nerkit.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;
import org.nerkit.recognize.FeatureDescriptors;
import org.nerkit.recognize.LexiconResource;
import org.nerkit.recognize.NameFeaturesFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Trains the name finder that {@code EntityExtractor.english()} ships. Every parameter that
 * shapes the model is an option with a recorded default, so {@code models/README.md} can give the
 * exact command that rebuilt each shipped model.
 */
@Command(name = "nerkit-train", mixinStandardHelpOptions = true,
    description = "Train the nerkit name finder on OntoNotes 5.0 (TSV export).")
public final class TrainCommand implements Callable<Integer> {

  /** OntoNotes types the library uses, kept under their OntoNotes names inside the model. */
  /** The model entry holding the Brown clusters: the {@code dict} name the descriptors use. */
  static final String CLUSTER_RESOURCE = "brown.clusters";

  static final List<String> DEFAULT_TYPES = List.of("PERSON", "ORG", "GPE", "LOC", "NORP", "DATE");

  @Option(names = "--data", description = "Training file(s) in the OntoNotes TSV format.", required = true, split = ",")
  List<Path> data;

  @Option(names = "--out", description = "Where to write the model.", required = true)
  Path out;

  @Option(names = "--features", description = "Feature generator descriptor: a file, or a bundled name (default: ${DEFAULT-VALUE}).",
      defaultValue = "features-v1")
  String features;

  @Option(names = "--types", split = ",", description = "Entity types to learn (default: ${DEFAULT-VALUE}).",
      defaultValue = "PERSON,ORG,GPE,LOC,NORP,DATE")
  List<String> types;

  @Option(names = "--algorithm", defaultValue = "MAXENT",
      description = "MAXENT (GIS), MAXENT_QN (L-BFGS with L1/L2 regularization) or PERCEPTRON (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--l1", defaultValue = "0", description = "MAXENT_QN: L1 regularization cost (default: ${DEFAULT-VALUE}).")
  double l1;

  @Option(names = "--l2", defaultValue = "0.5", description = "MAXENT_QN: L2 regularization cost (default: ${DEFAULT-VALUE}).")
  double l2;

  @Option(names = "--prune", defaultValue = "1e-4",
      description = "MAXENT_QN: weights smaller than this in absolute value are dropped from the model (default: ${DEFAULT-VALUE}).")
  double prune;

  @Option(names = "--lexicons", paramLabel = "DIR",
      description = "Where the lexicons a nerkit-features descriptor names are (written by scripts/build-lexicons.sh:"
          + " LexiconTool model-lexicons).")
  Path lexicons;

  @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--cutoff", defaultValue = "3", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Option(names = "--codec", defaultValue = "BILOU", description = "BIO or BILOU (default: ${DEFAULT-VALUE}).")
  String codec;

  @Option(names = "--threads", defaultValue = "2", description = "Trainer threads, MAXENT only (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--conll", description = "Extra CoNLL-2003 training file(s); PER, ORG and LOC become PERSON, ORG and GPE, MISC is dropped.",
      split = ",")
  List<Path> conll = List.of();

  @Option(names = "--conll-silver-model", paramLabel = "FILE",
      description = "A model trained on OntoNotes alone whose DATE and NORP predictions fill in the types CoNLL-2003 does not annotate.")
  Path conllSilverModel;

  @Option(names = "--uppercase-fraction", defaultValue = "0",
      description = "Also train on an ALL-CAPS copy of this fraction of the documents, for headlines (default: ${DEFAULT-VALUE}).")
  double uppercaseFraction;

  @Option(names = "--seed", defaultValue = "13", description = "Seed for choosing the documents to copy in capitals (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--clusters", paramLabel = "FILE",
      description = "Brown clusters (word<TAB>bits, from WordClusters) for descriptors that use them; stored in the model as "
          + CLUSTER_RESOURCE + ".")
  Path clusters;

  @Option(names = "--limit-docs", defaultValue = "0", description = "Use only the first N documents (0 = all); for quick experiments.")
  int limitDocuments;

  @Override
  public Integer call() throws IOException {
    List<OntoNotesCorpus.TaggedDocument> documents = new ArrayList<>();
    for (Path file : data) {
      documents.addAll(OntoNotesCorpus.read(file));
    }
    if (limitDocuments > 0 && documents.size() > limitDocuments) {
      documents = new ArrayList<>(documents.subList(0, limitDocuments));
    }
    Map<String, String> typeMapping = new LinkedHashMap<>();
    for (String type : types) {
      typeMapping.put(type, type);
    }
    for (Path file : conll) {
      List<OntoNotesCorpus.TaggedDocument> conllDocuments = relabel(OntoNotesCorpus.read(file), Map.of("PER", "PERSON", "ORG", "ORG", "LOC", "GPE"));
      documents.addAll(conllSilverModel == null ? conllDocuments : withSilverLabels(conllDocuments, conllSilverModel, Set.of("DATE", "NORP")));
    }
    documents.addAll(upperCasedCopies(documents, uppercaseFraction, new java.util.Random(seed)));

    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    parameters.put(TrainingParameters.THREADS_PARAM, threads);

    SequenceCodec<String> sequenceCodec = switch (codec) {
      case "BIO" -> new BioCodec();
      case "BILOU" -> new BilouCodec();
      default -> throw new CommandLine.ParameterException(new CommandLine(this), "--codec must be BIO or BILOU: " + codec);
    };
    byte[] descriptor = readDescriptor(features);
    TokenNameFinderFactory factory;
    if (NameFeaturesFactory.isNerkitDescriptor(descriptor)) {
      if (clusters != null) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--clusters is for OpenNLP descriptors; "
            + features + " names its lexicons itself: give --lexicons DIR");
      }
      Map<String, Object> resources = new LinkedHashMap<>();
      for (String name : NameFeaturesFactory.lexiconsNamedBy(descriptor)) {
        if (lexicons == null) {
          throw new CommandLine.ParameterException(new CommandLine(this), features + " reads lexicons: give --lexicons DIR");
        }
        resources.put(name, LexiconResource.of(Files.readAllBytes(lexicons.resolve(name))));
      }
      factory = new NameFeaturesFactory(descriptor, resources, sequenceCodec);
    } else {
      boolean usesClusters = new String(descriptor, java.nio.charset.StandardCharsets.UTF_8).contains(">" + CLUSTER_RESOURCE + "<");
      if (usesClusters != (clusters != null)) {
        // Unused clusters would still be stored, and keep the model off the fast decoding path.
        throw new CommandLine.ParameterException(new CommandLine(this), usesClusters
            ? "--features " + features + " uses word clusters: give --clusters FILE"
            : "--clusters is only for a descriptor that uses " + CLUSTER_RESOURCE + " (features-v3, features-v4)");
      }
      Map<String, Object> resources = clusters == null ? Collections.emptyMap()
          : Map.of(CLUSTER_RESOURCE, org.nerkit.recognize.ClusterLexicon.read(clusters));
      factory = new TokenNameFinderFactory(descriptor, resources, sequenceCodec);
    }
    if (algorithm.equals("MAXENT_QN")) {
      parameters.put("L1Cost", l1);
      parameters.put("L2Cost", l2);
      parameters.put("Threads", threads);
    }

    long started = System.nanoTime();
    System.err.printf("training on %d documents from %s: %s%n", documents.size(), data, parameters.getObjectSettings());
    TokenNameFinderModel model = algorithm.equals("MAXENT_QN")
        ? trainQuasiNewton(NameSamples.stream(documents, typeMapping), parameters, factory, descriptor, sequenceCodec)
        : NameFinderME.train("en", null, NameSamples.stream(documents, typeMapping), parameters, factory);
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream stream = Files.newOutputStream(out)) {
      model.serialize(stream);
    }
    System.err.printf("wrote %s (%,d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - started) / 1e9);
    return 0;
  }

  /**
   * Trains with L-BFGS as {@code NameFinderME.train} would, then keeps the model sparse: the
   * optimizer gives every feature a weight for every outcome, and those near zero only take room.
   * The weights are stored in GIS form, which evaluates them the same way.
   */
  private TokenNameFinderModel trainQuasiNewton(opennlp.tools.util.ObjectStream<opennlp.tools.namefind.NameSample> samples,
      TrainingParameters parameters, TokenNameFinderFactory factory, byte[] descriptor, SequenceCodec<String> codec)
      throws IOException {
    Map<String, String> manifest = new java.util.HashMap<>();
    opennlp.tools.ml.EventTrainer trainer = opennlp.tools.ml.TrainerFactory.getEventTrainer(parameters, manifest);
    opennlp.tools.ml.model.MaxentModel trained = trainer.train(
        new opennlp.tools.namefind.NameFinderEventStream(samples, null, factory.createContextGenerator(), codec));
    opennlp.tools.ml.model.MaxentModel sparse = Weights.sparse((opennlp.tools.ml.model.AbstractModel) trained, prune);
    Map<String, Object> resources = new LinkedHashMap<>();
    for (String name : NameFeaturesFactory.isNerkitDescriptor(descriptor) ? NameFeaturesFactory.lexiconsNamedBy(descriptor)
        : List.<String>of()) {
      resources.put(name, LexiconResource.of(Files.readAllBytes(lexicons.resolve(name))));
    }
    if (clusters != null) {
      resources.put(CLUSTER_RESOURCE, org.nerkit.recognize.ClusterLexicon.read(clusters));
    }
    return new TokenNameFinderModel("en", sparse, NameFinderME.DEFAULT_BEAM_SIZE, descriptor, resources, manifest, codec, factory);
  }

  /** Renames tags (B-PER to B-PERSON); tags of unmapped types become O. */
  static List<OntoNotesCorpus.TaggedDocument> relabel(List<OntoNotesCorpus.TaggedDocument> documents, Map<String, String> mapping) {
    List<OntoNotesCorpus.TaggedDocument> result = new ArrayList<>();
    for (OntoNotesCorpus.TaggedDocument document : documents) {
      List<OntoNotesCorpus.TaggedSentence> sentences = new ArrayList<>();
      for (OntoNotesCorpus.TaggedSentence sentence : document.sentences()) {
        List<String> tags = new ArrayList<>();
        for (String tag : sentence.tags()) {
          String mapped = tag.length() > 2 ? mapping.get(tag.substring(2)) : null;
          tags.add(mapped == null ? "O" : tag.substring(0, 2) + mapped);
        }
        sentences.add(new OntoNotesCorpus.TaggedSentence(sentence.tokens(), tags));
      }
      result.add(new OntoNotesCorpus.TaggedDocument(document.id(), sentences));
    }
    return result;
  }

  /**
   * CoNLL-2003 marks no dates and calls nationalities MISC, so training on it as it is teaches the
   * model that "Tuesday" and "German" are nothing. Where CoNLL has no entity, the spans of these
   * types that a model trained on OntoNotes alone predicts are added as (silver) labels.
   */
  static List<OntoNotesCorpus.TaggedDocument> withSilverLabels(List<OntoNotesCorpus.TaggedDocument> documents, Path modelFile,
      Set<String> silverTypes) throws IOException {
    NameFinderME finder;
    try (InputStream in = Files.newInputStream(modelFile)) {
      finder = new NameFinderME(new TokenNameFinderModel(in));
    }
    List<OntoNotesCorpus.TaggedDocument> result = new ArrayList<>();
    for (OntoNotesCorpus.TaggedDocument document : documents) {
      finder.clearAdaptiveData();
      List<OntoNotesCorpus.TaggedSentence> sentences = new ArrayList<>();
      for (OntoNotesCorpus.TaggedSentence sentence : document.sentences()) {
        List<String> tags = new ArrayList<>(sentence.tags());
        String[] tokens = sentence.tokens().stream().map(org.nerkit.tokenize.TokenForms::modelForm).toArray(String[]::new);
        for (opennlp.tools.util.Span span : finder.find(tokens)) {
          boolean free = true;
          for (int t = span.getStart(); t < span.getEnd(); t++) {
            free &= tags.get(t).equals("O");
          }
          if (free && silverTypes.contains(span.getType())) {
            for (int t = span.getStart(); t < span.getEnd(); t++) {
              tags.set(t, (t == span.getStart() ? "B-" : "I-") + span.getType());
            }
          }
        }
        sentences.add(new OntoNotesCorpus.TaggedSentence(sentence.tokens(), tags));
      }
      result.add(new OntoNotesCorpus.TaggedDocument(document.id(), sentences));
    }
    return result;
  }

  /** ALL-CAPS copies of a random fraction of the documents, so that headlines look familiar. */
  static List<OntoNotesCorpus.TaggedDocument> upperCasedCopies(List<OntoNotesCorpus.TaggedDocument> documents,
      double fraction, java.util.Random random) {
    List<OntoNotesCorpus.TaggedDocument> copies = new ArrayList<>();
    for (OntoNotesCorpus.TaggedDocument document : documents) {
      if (random.nextDouble() < fraction) {
        List<OntoNotesCorpus.TaggedSentence> sentences = new ArrayList<>();
        for (OntoNotesCorpus.TaggedSentence sentence : document.sentences()) {
          sentences.add(new OntoNotesCorpus.TaggedSentence(
              sentence.tokens().stream().map(t -> t.toUpperCase(java.util.Locale.ROOT)).toList(), sentence.tags()));
        }
        copies.add(new OntoNotesCorpus.TaggedDocument(document.id() + "/upper", sentences));
      }
    }
    return copies;
  }

  static byte[] readDescriptor(String features) throws IOException {
    Path file = Path.of(features);
    if (Files.isRegularFile(file)) {
      return Files.readAllBytes(file);
    }
    Optional<byte[]> decoders = FeatureDescriptors.named(features);
    if (decoders.isPresent()) {
      return decoders.get();
    }
    String bundledName = features + (features.startsWith("nerkit-features") ? ".properties" : ".xml");
    try (InputStream bundled = TrainCommand.class.getResourceAsStream(bundledName)) {
      if (bundled == null) {
        throw new IOException("no feature descriptor file or bundled descriptor named " + features);
      }
      return bundled.readAllBytes();
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TrainCommand()).execute(args));
  }
}
