package org.nerkit.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.nerkit.Country;
import org.nerkit.Date;
import org.nerkit.Duration;
import org.nerkit.Entity;
import org.nerkit.EntityExtractor;
import org.nerkit.Location;
import org.nerkit.Nationality;
import org.nerkit.Organization;
import org.nerkit.Person;
import org.nerkit.recognize.LabelPriors;
import org.nerkit.tokenize.TokenForms;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores a name finder model on the dev data: with gold tokens (the model alone), and end to end
 * from raw text through the public API (what users get), on OntoNotes and CoNLL-2003, and on the
 * everyday-news probe of recent names.
 */
@Command(name = "nerkit-evaluate", mixinStandardHelpOptions = true,
    description = "Precision, recall and F1 per type on OntoNotes dev, CoNLL-2003 valid and the everyday-news probe.")
public final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--ontonotes", description = "OntoNotes TSV file to score on (e.g. ../shared/data/ontonotes5/dev.tsv).")
  Path ontonotes;

  @Option(names = "--conll", description = "CoNLL-2003 TSV file to score on (e.g. ../shared/data/conll2003/valid.tsv).")
  Path conll;

  @Option(names = "--model", description = "Name finder model file (default: the bundled model).")
  Path model;

  @Option(names = "--priors", paramLabel = "LABEL=OFFSET,...",
      description = "Label priors to decode with, e.g. DATE=0.6,ORG=0.3 (default: those stored beside the bundled model; "
          + "none for a --model file). The gold-token figures are the model alone, without priors.")
  String priors;

  @Option(names = "--tempeval", description = "TimeML directory to score dates on, each document's DCT as the "
      + "reference date (e.g. ../shared/data/tempeval3/TBAQ-cleaned).")
  Path tempeval;

  @Option(names = "--tempeval-errors", paramLabel = "N", defaultValue = "0",
      description = "Also print up to N missed, spurious and wrongly valued dates (default: ${DEFAULT-VALUE}).")
  int tempevalErrors;

  @Option(names = "--probe", paramLabel = "FILE|bundled",
      description = "Hand-annotated news to score end to end, in the inline format described at the top of the bundled file "
          + "([PERSON Kaja Kallas] met [ORG Pfizer] executives ...), or \"bundled\" for that file, "
          + "everyday-news.txt: news-style sentences in the style of 2015-2025 with names mostly unseen in training. "
          + "Dates are not annotated there and not scored.")
  String probe;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "Also print up to N end-to-end errors per type (OntoNotes, CoNLL and the probe); on OntoNotes and CoNLL each is "
          + "marked with whether the model on gold tokens got it right (then the loss is in the pipeline: tokenizer, sentences or "
          + "the rules after the model).")
  int errors;

  static final String BUNDLED_PROBE = "org/nerkit/train/everyday-news.txt";

  /** OntoNotes labels as scored: GPE and LOC are one place type. */
  static final Map<String, String> ONTONOTES_TYPES = Map.of(
      "PERSON", "PERSON", "ORG", "ORG", "GPE", "GPE+LOC", "LOC", "GPE+LOC", "NORP", "NORP", "DATE", "DATE");
  private static final Map<String, String> CONLL_TYPES = Map.of("PER", "PER", "ORG", "ORG", "LOC", "LOC");
  /** The model's labels as CoNLL-2003 types, for the gold-token comparison in the error list. */
  private static final Map<String, String> MODEL_TO_CONLL = Map.of("PERSON", "PER", "ORG", "ORG", "GPE", "LOC", "LOC", "LOC");

  @Override
  public Integer call() throws IOException {
    EntityExtractor.Builder builder = EntityExtractor.builder();
    if (model != null) {
      builder.nameFinderModel(model);
    }
    if (priors != null) {
      builder.labelPriors(LabelPriors.parse(priors).offsets());
    }
    EntityExtractor extractor = builder.build();
    if (ontonotes != null) {
      List<OntoNotesCorpus.TaggedDocument> documents = OntoNotesCorpus.read(ontonotes);
      System.out.println(goldTokens(documents).report("OntoNotes " + ontonotes.getFileName() + ", gold tokens (model only)"));
      System.out.println(endToEnd(extractor, documents, ONTONOTES_TYPES, EvaluateCommand::ontonotesType)
          .report("OntoNotes " + ontonotes.getFileName() + ", end to end from raw text (public API)"));
      if (errors > 0) {
        endToEndErrors(extractor, documents, ONTONOTES_TYPES, ONTONOTES_TYPES, EvaluateCommand::ontonotesType, errors)
            .forEach(System.out::println);
      }
    }
    if (conll != null) {
      List<OntoNotesCorpus.TaggedDocument> documents = inChunks(OntoNotesCorpus.read(conll), 40);
      System.out.println(endToEnd(extractor, documents, CONLL_TYPES, CONLL)
          .report("CoNLL-2003 " + conll.getFileName() + ", end to end from raw text (public API)"));
      if (errors > 0) {
        endToEndErrors(extractor, documents, CONLL_TYPES, MODEL_TO_CONLL, CONLL, errors)
            .forEach(System.out::println);
      }
    }
    if (tempeval != null) {
      System.out.println(tempEval(extractor, TempEvalCorpus.read(tempeval), tempevalErrors));
    }
    if (probe != null) {
      boolean bundled = "bundled".equals(probe);
      List<RawDocument> documents = (bundled ? InlineCorpus.readResource(BUNDLED_PROBE) : InlineCorpus.read(Path.of(probe)))
          .stream().map(d -> RawDocument.of(d, ONTONOTES_TYPES)).toList();
      String name = bundled ? "everyday-news.txt" : Path.of(probe).getFileName().toString();
      System.out.println(score(extractor, documents, EvaluateCommand::probeType)
          .report("Probe " + name + " (" + documents.size() + " documents), end to end from raw text (public API)"));
      if (errors > 0) {
        Errors found = new Errors(false);
        for (RawDocument document : documents) {
          found.add(document, document.predicted(extractor, EvaluateCommand::probeType), null);
        }
        found.lines(errors).forEach(System.out::println);
      }
    }
    return 0;
  }

  /**
   * TempEval-3 style scores for TIMEX3 type DATE: extent F1, strict (same span) and relaxed
   * (overlapping spans, each used once), and value F1 (relaxed match with the same value, over
   * all gold and all predicted dates). Every {@link Date} counts as a predicted DATE.
   */
  static String tempEval(EntityExtractor extractor, List<TempEvalCorpus.Document> documents, int showErrors) {
    int gold = 0;
    int predicted = 0;
    int strict = 0;
    int relaxed = 0;
    int valued = 0;
    List<String> errors = new ArrayList<>();
    for (TempEvalCorpus.Document document : documents) {
      List<TempEvalCorpus.Timex> dates = document.timexes().stream().filter(t -> "DATE".equals(t.type())).toList();
      List<Date> mentions = extractor.extract(document.text(), document.creationDate()).entities(Date.class);
      gold += dates.size();
      predicted += mentions.size();
      boolean[] used = new boolean[mentions.size()];
      for (TempEvalCorpus.Timex timex : dates) {
        int best = -1;
        for (int m = 0; m < mentions.size(); m++) {
          Date mention = mentions.get(m);
          if (!used[m] && mention.start() < timex.end() && timex.start() < mention.end()
              && (best < 0 || (mention.start() == timex.start() && mention.end() == timex.end()))) {
            best = m;
          }
        }
        if (best < 0) {
          errors.add("missed   " + document.name() + " \"" + flat(document.text(), timex.start(), timex.end()) + "\" " + timex.value());
          continue;
        }
        used[best] = true;
        Date mention = mentions.get(best);
        relaxed++;
        if (mention.start() == timex.start() && mention.end() == timex.end()) {
          strict++;
        } else {
          errors.add("extent   " + document.name() + " gold \"" + flat(document.text(), timex.start(), timex.end())
              + "\" ours \"" + flat(document.text(), mention.start(), mention.end()) + "\"");
        }
        if (timex.value() != null && timex.value().equals(mention.value())) {
          valued++;
        } else {
          errors.add("value    " + document.name() + " \"" + flat(document.text(), mention.start(), mention.end())
              + "\" gold " + timex.value() + " ours " + mention.value() + " (DCT " + document.creationDate() + ")");
        }
      }
      for (int m = 0; m < mentions.size(); m++) {
        if (!used[m]) {
          Date mention = mentions.get(m);
          String overlapping = document.timexes().stream()
              .filter(t -> t.start() < mention.end() && mention.start() < t.end()).map(TempEvalCorpus.Timex::type)
              .findFirst().map(type -> " (gold " + type + ")").orElse("");
          errors.add("spurious " + document.name() + " \"" + flat(document.text(), mention.start(), mention.end()) + "\" "
              + mention.value() + overlapping);
        }
      }
    }
    StringBuilder report = new StringBuilder();
    report.append("TempEval-3 TimeML (").append(documents.size()).append(" documents), TIMEX3 type DATE, DCT as reference date\n");
    report.append(String.format("%-16s %9s %9s %9s %8s %9s%n", "measure", "precision", "recall", "F1", "gold", "predicted"));
    report.append(row("extent strict", strict, gold, predicted));
    report.append(row("extent relaxed", relaxed, gold, predicted));
    report.append(row("value", valued, gold, predicted));
    errors.stream().sorted().limit(showErrors).forEach(e -> report.append(e).append('\n'));
    return report.toString();
  }

  private static String row(String name, int correct, int gold, int predicted) {
    double precision = predicted == 0 ? 0 : 100.0 * correct / predicted;
    double recall = gold == 0 ? 0 : 100.0 * correct / gold;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return String.format("%-16s %9.2f %9.2f %9.2f %8d %9d%n", name, precision, recall, f1, gold, predicted);
  }

  private static String flat(String text, int start, int end) {
    return text.substring(start, end).replaceAll("\\s+", " ");
  }

  private SpanScorer goldTokens(List<OntoNotesCorpus.TaggedDocument> documents) throws IOException {
    NameFinderME finder = new NameFinderME(nameModel());
    SpanScorer scorer = new SpanScorer();
    for (OntoNotesCorpus.TaggedDocument document : documents) {
      finder.clearAdaptiveData();
      int sentenceIndex = 0;
      for (OntoNotesCorpus.TaggedSentence sentence : document.sentences()) {
        String key = document.id() + "#" + sentenceIndex++;
        String[] tokens = sentence.tokens().stream().map(TokenForms::modelForm).toArray(String[]::new);
        Set<SpanScorer.TypedSpan> gold = new HashSet<>();
        for (Span span : NameSamples.spans(sentence.tags(), ONTONOTES_TYPES)) {
          gold.add(new SpanScorer.TypedSpan(key, span.getType(), span.getStart(), span.getEnd()));
        }
        Set<SpanScorer.TypedSpan> predicted = new HashSet<>();
        for (Span span : finder.find(tokens)) {
          String type = ONTONOTES_TYPES.get(span.getType());
          if (type != null) {
            predicted.add(new SpanScorer.TypedSpan(key, type, span.getStart(), span.getEnd()));
          }
        }
        scorer.add(gold, predicted);
      }
    }
    return scorer;
  }

  static SpanScorer endToEnd(EntityExtractor extractor, List<OntoNotesCorpus.TaggedDocument> documents,
      Map<String, String> goldTypes, Scoring typeOf) {
    return score(extractor, documents.stream().map(d -> RawDocument.of(d, goldTypes)).toList(), typeOf);
  }

  /** End-to-end scores of documents given as plain text with gold spans. */
  private static SpanScorer score(EntityExtractor extractor, List<RawDocument> documents,
      Scoring typeOf) {
    SpanScorer scorer = new SpanScorer();
    for (RawDocument document : documents) {
      scorer.add(document.gold(), document.predicted(extractor, typeOf));
    }
    return scorer;
  }

  /** How a corpus scores a predicted entity: its type there (null: not scored) and where its span starts. */
  @FunctionalInterface
  interface Scoring {
    String type(Entity entity);

    default int start(Entity entity) {
      return entity.start();
    }
  }

  /**
   * CoNLL-2003 never takes an article into a name, where OntoNotes and nerkit take "the" into
   * names of two or more words ("the European Central Bank"): scored against CoNLL, a predicted
   * span starts after its leading "the".
   */
  private static final Scoring CONLL = new Scoring() {
    @Override
    public String type(Entity entity) {
      return conllType(entity);
    }

    @Override
    public int start(Entity entity) {
      String text = entity.text();
      return text.length() > 4 && text.regionMatches(true, 0, "the ", 0, 4) ? entity.start() + 4 : entity.start();
    }
  };

  /** A document as plain text, with its gold spans as character offsets into that text. */
  private record RawDocument(String id, String text, Set<SpanScorer.TypedSpan> gold) {
    static RawDocument of(OntoNotesCorpus.TaggedDocument document, Map<String, String> goldTypes) {
      return of(document, detokenize(document), goldTypes);
    }

    /** A tagged document as the given detokenized text. */
    static RawDocument of(OntoNotesCorpus.TaggedDocument document, Detokenizer.Detokenized raw, Map<String, String> goldTypes) {
      Set<SpanScorer.TypedSpan> gold = new HashSet<>();
      int tokenBase = 0;
      for (OntoNotesCorpus.TaggedSentence sentence : document.sentences()) {
        for (Span span : NameSamples.spans(sentence.tags(), goldTypes)) {
          gold.add(new SpanScorer.TypedSpan(document.id(), span.getType(),
              raw.starts()[tokenBase + span.getStart()], raw.ends()[tokenBase + span.getEnd() - 1]));
        }
        tokenBase += sentence.tokens().size();
      }
      return new RawDocument(document.id(), raw.text(), gold);
    }

    /** An inline-annotated document; mention types outside {@code goldTypes} are not scored. */
    static RawDocument of(InlineCorpus.Document document, Map<String, String> goldTypes) {
      Set<SpanScorer.TypedSpan> gold = new HashSet<>();
      for (InlineCorpus.Mention mention : document.mentions()) {
        String type = goldTypes.get(mention.type());
        if (type != null) {
          gold.add(new SpanScorer.TypedSpan(document.id(), type, mention.start(), mention.end()));
        }
      }
      return new RawDocument(document.id(), document.text(), gold);
    }

    /** What the public API finds in the text, typed for scoring. */
    Set<SpanScorer.TypedSpan> predicted(EntityExtractor extractor, Scoring typeOf) {
      Set<SpanScorer.TypedSpan> predicted = new HashSet<>();
      for (Entity entity : extractor.extract(text).entities()) {
        String type = typeOf.type(entity);
        if (type != null) {
          predicted.add(new SpanScorer.TypedSpan(id, type, typeOf.start(entity), entity.end()));
        }
      }
      return predicted;
    }
  }

  /**
   * End-to-end errors, up to {@code limit} per type and kind: "missed" gold spans
   * (with what was predicted over them) and "spurious" predictions, each marked "model ok" when
   * the model on the gold tokens was right there.
   */
  private List<String> endToEndErrors(EntityExtractor extractor, List<OntoNotesCorpus.TaggedDocument> documents,
      Map<String, String> goldTypes, Map<String, String> modelTypes, Scoring typeOf,
      int limit) throws IOException {
    NameFinderME finder = new NameFinderME(nameModel());
    Errors errors = new Errors(true);
    for (OntoNotesCorpus.TaggedDocument document : documents) {
      finder.clearAdaptiveData();
      Detokenizer.Detokenized raw = detokenize(document);
      RawDocument scored = RawDocument.of(document, raw, goldTypes);
      Set<SpanScorer.TypedSpan> model = new HashSet<>();
      int tokenBase = 0;
      for (OntoNotesCorpus.TaggedSentence sentence : document.sentences()) {
        String[] tokens = sentence.tokens().stream().map(TokenForms::modelForm).toArray(String[]::new);
        for (Span span : finder.find(tokens)) {
          String type = modelTypes.get(span.getType());
          if (type != null) {
            model.add(new SpanScorer.TypedSpan(document.id(), type,
                raw.starts()[tokenBase + span.getStart()], raw.ends()[tokenBase + span.getEnd() - 1]));
          }
        }
        tokenBase += sentence.tokens().size();
      }
      errors.add(scored, scored.predicted(extractor, typeOf), model);
    }
    return errors.lines(limit);
  }

  private static Detokenizer.Detokenized detokenize(OntoNotesCorpus.TaggedDocument document) {
    return Detokenizer.detokenize(document.sentences().stream().map(OntoNotesCorpus.TaggedSentence::tokens).toList());
  }

  /**
   * End-to-end errors by type and kind: "missed" gold spans (with what was predicted over them)
   * and "spurious" predictions that overlap no gold span, each with its context. When the model's
   * own spans on gold tokens are known, each error is marked "model ok" where the model was right.
   */
  private static final class Errors {
    private final Map<String, List<String>> byKind = new java.util.TreeMap<>();
    private final boolean withModel;

    /** {@code withModel}: whether {@link #add} gets the model's spans on gold tokens. */
    Errors(boolean withModel) {
      this.withModel = withModel;
    }

    /** {@code model}: the model's spans on the gold tokens, or null without gold tokens. */
    void add(RawDocument document, Set<SpanScorer.TypedSpan> predicted, Set<SpanScorer.TypedSpan> model) {
      String text = document.text();
      Set<SpanScorer.TypedSpan> gold = document.gold();
      for (SpanScorer.TypedSpan span : gold) {
        if (!predicted.contains(span)) {
          String over = predicted.stream().filter(p -> p.start() < span.end() && span.start() < p.end())
              .map(p -> p.type() + " \"" + flat(text, p.start(), p.end()) + "\"").findFirst().orElse("nothing");
          byKind.computeIfAbsent(span.type() + " missed", k -> new ArrayList<>()).add(
              (withModel ? model.contains(span) ? "model ok  " : "model too " : "")
              + document.id() + " \"" + flat(text, span.start(), span.end()) + "\" ours " + over
              + "  | " + context(text, span.start(), span.end()));
        }
      }
      for (SpanScorer.TypedSpan span : predicted) {
        if (!gold.contains(span)) {
          boolean overlapsGold = gold.stream().anyMatch(g -> g.start() < span.end() && span.start() < g.end());
          if (!overlapsGold) {
            byKind.computeIfAbsent(span.type() + " spurious", k -> new ArrayList<>()).add(
                (withModel ? model.contains(span) ? "model too " : "model ok  " : "")
                + document.id() + " \"" + flat(text, span.start(), span.end())
                + "\"  | " + context(text, span.start(), span.end()));
          }
        }
      }
    }

    /** A heading per type and kind with its count, then up to {@code limit} of its errors. */
    List<String> lines(int limit) {
      List<String> lines = new ArrayList<>();
      byKind.forEach((kind, list) -> {
        String pipeline = "";
        if (withModel) {
          long count = list.stream().filter(l -> l.startsWith("model ok")).count();
          pipeline = " (" + count + " where the model on gold tokens was right)";
        }
        lines.add("== " + kind + ": " + list.size() + pipeline);
        list.stream().sorted().limit(limit).forEach(lines::add);
      });
      return lines;
    }
  }

  private static String context(String text, int start, int end) {
    return flat(text, Math.max(0, start - 40), start) + "[" + flat(text, start, end) + "]"
        + flat(text, end, Math.min(text.length(), end + 40));
  }

  private TokenNameFinderModel nameModel() throws IOException {
    try (InputStream in = model != null ? Files.newInputStream(model)
        : EvaluateCommand.class.getClassLoader().getResourceAsStream("org/nerkit/models/nerkit-en-ner.bin")) {
      return new TokenNameFinderModel(in);
    }
  }

  /**
   * The reference words nerkit adds by pattern as TimeML does; OntoNotes never marks them. Other
   * reference dates ("a few years ago", "these days") are OntoNotes dates and are scored.
   */
  private static final Set<String> REFERENCE_WORDS = Set.of(
      "now", "currently", "recently", "nowadays", "the past", "the future", "right now", "just now");

  static String ontonotesType(Entity entity) {
    if (entity instanceof Person) {
      return "PERSON";
    } else if (entity instanceof Organization) {
      return "ORG";
    } else if (entity instanceof Country || entity instanceof Location) {
      return "GPE+LOC";
    } else if (entity instanceof Nationality || entity instanceof org.nerkit.Group) {
      return "NORP";
    } else if (entity instanceof Date date && date.value() != null && date.value().endsWith("_REF")
        && REFERENCE_WORDS.contains(date.text().toLowerCase(java.util.Locale.ROOT))) {
      return null; // "now", "recently": TimeML marks them, OntoNotes does not; not scored here
    } else if (entity instanceof Date || entity instanceof Duration) {
      return "DATE"; // OntoNotes DATE includes lengths of time ("20 years", "the past decade")
    }
    return null;
  }

  /** OntoNotes types without DATE: the probe annotates no dates. */
  private static String probeType(Entity entity) {
    String type = ontonotesType(entity);
    return "DATE".equals(type) ? null : type;
  }

  private static String conllType(Entity entity) {
    if (entity instanceof Person) {
      return "PER";
    } else if (entity instanceof Organization) {
      return "ORG";
    } else if (entity instanceof Country || entity instanceof Location) {
      return "LOC";
    }
    return null;
  }

  /** CoNLL-2003 here has no document markers: score it in documents of n sentences. */
  private static List<OntoNotesCorpus.TaggedDocument> inChunks(List<OntoNotesCorpus.TaggedDocument> documents, int n) {
    List<OntoNotesCorpus.TaggedDocument> chunks = new ArrayList<>();
    for (OntoNotesCorpus.TaggedDocument document : documents) {
      List<OntoNotesCorpus.TaggedSentence> sentences = document.sentences();
      for (int k = 0; k < sentences.size(); k += n) {
        chunks.add(new OntoNotesCorpus.TaggedDocument(document.id() + "/" + (k / n),
            sentences.subList(k, Math.min(sentences.size(), k + n))));
      }
    }
    return chunks;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EvaluateCommand()).execute(args));
  }
}
