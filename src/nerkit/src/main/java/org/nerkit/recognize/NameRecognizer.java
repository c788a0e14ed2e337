package org.nerkit.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.nerkit.document.Document;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;
import org.nerkit.tokenize.TokenForms;
import org.nerkit.util.InstancePool;

/**
 * Finds named-entity spans with a trained OpenNLP name finder. The model is loaded once and
 * shared; each document is decoded by one pooled {@link TokenNameFinder}, whose document-level
 * memory (previous-map features) is cleared before the next document. Maxent models are decoded by
 * {@link MaxentBeamDecoder} (same results as {@link NameFinderME} without {@link LabelPriors},
 * faster); other models by {@code NameFinderME} itself. The model's labels must all be
 * {@link Label}s. Thread-safe.
 */
public final class NameRecognizer {
  /**
   * Longest token sequence decoded at once. OpenNLP's beam search copies each hypothesis per
   * token, so its cost grows with the square of the sequence length; real sentences are far
   * shorter, and cutting run-on text (tables, lists, text without punctuation) into windows
   * keeps extraction linear in the input size.
   */
  static final int MAX_WINDOW_TOKENS = 200;
  /** How far back from the window's end to look for punctuation to cut after. */
  private static final int CUT_SEARCH_TOKENS = 50;

  private final InstancePool<TokenNameFinder> finders;
  /** The model's label names as it writes them ("ORG", "person"). */
  private final Set<String> modelLabels;

  private NameRecognizer(InstancePool<TokenNameFinder> finders, String[] outcomes) {
    this.finders = finders;
    this.modelLabels = labelsOf(outcomes);
  }

  private static NameRecognizer fast(MaxentBeamDecoder.Spec spec) {
    return new NameRecognizer(new InstancePool<>(() -> MaxentBeamDecoder.create(spec)), spec.outcomes());
  }

  /** A model OpenNLP has loaded: nerkit's decoder when it is a maxent model, else NameFinderME. */
  private static NameRecognizer of(TokenNameFinderModel model, boolean openNlpDecoder, LabelPriors priors, String source)
      throws IOException {
    Optional<MaxentBeamDecoder.Spec> spec = openNlpDecoder ? Optional.empty() : MaxentBeamDecoder.specOf(model, priors);
    if (spec.isPresent()) {
      MaxentBeamDecoder.releaseOpenNlpWeights(model);
      return fast(spec.get());
    }
    if (!priors.offsets().isEmpty()) {
      throw new IOException("label priors need a GIS maxent name finder model; " + source + " is not one");
    }
    return new NameRecognizer(new InstancePool<>(() -> new NameFinderME(model)),
        model.getNameFinderSequenceModel().getOutcomes());
  }

  /**
   * A recognizer that decodes with OpenNLP's own {@link NameFinderME}: the reference the fast
   * decoder is tested and benchmarked against.
   */
  public static NameRecognizer loadWithOpenNlpDecoder(InputStream in, String source) throws IOException {
    return load(in, source, true, LabelPriors.NONE);
  }

  /**
   * Loads a model; any problem (missing, truncated, not a name finder model) fails here, with
   * {@code source} in the message, never later during extraction.
   */
  public static NameRecognizer load(InputStream in, String source) throws IOException {
    return load(in, source, false, LabelPriors.NONE);
  }

  /**
   * Loads a model and decodes it with these label priors.
   *
   * @throws IOException also when the priors name a label the model does not have, or the model
   *     is not a maxent model (only nerkit's decoder applies priors)
   */
  public static NameRecognizer load(InputStream in, String source, LabelPriors priors) throws IOException {
    Objects.requireNonNull(priors, "priors");
    return load(in, source, false, priors);
  }

  private static NameRecognizer load(InputStream in, String source, boolean openNlpDecoder, LabelPriors priors)
      throws IOException {
    Objects.requireNonNull(in, "no model stream for " + source);
    byte[] file;
    try (in) {
      file = in.readAllBytes();
    } catch (IOException e) {
      throw new IOException("cannot load name finder model " + source + ": " + rootMessage(e), e);
    }
    NameRecognizer recognizer = null;
    if (!openNlpDecoder) {
      recognizer = DirectModel.read(file).map(model -> MaxentBeamDecoder.Spec.of(model, priors)).map(NameRecognizer::fast)
          .orElse(null);
    }
    if (recognizer == null) {
      ModelFile.check(file, source); // before OpenNLP inflates anything or instantiates a class it names
      TokenNameFinderModel model;
      try {
        model = new TokenNameFinderModel(new java.io.ByteArrayInputStream(file));
      } catch (IOException | RuntimeException e) {
        throw new IOException("cannot load name finder model " + source + ": " + rootMessage(e), e);
      }
      recognizer = of(model, openNlpDecoder, priors, source);
    }
    Set<String> notNerkits = new TreeSet<>();
    for (String label : recognizer.modelLabels) {
      if (Label.of(label).isEmpty()) {
        notNerkits.add(label);
      }
    }
    if (!notNerkits.isEmpty()) {
      throw new IOException("name finder model " + source + " has labels nerkit cannot type: " + notNerkits
          + "; it knows " + Label.known());
    }
    Set<String> unknown = new TreeSet<>(priors.offsets().keySet());
    unknown.removeAll(recognizer.modelLabels);
    if (!unknown.isEmpty()) {
      throw new IOException("label priors name labels " + unknown + " that model " + source + " does not have; it has "
          + new TreeSet<>(recognizer.modelLabels));
    }
    // Decode once so that a model whose features cannot be built fails now.
    recognizer.finders.with(finder -> finder.find(new String[] {"Test"}));
    return recognizer;
  }

  /** The labels this model can produce. */
  public Set<Label> labels() {
    Set<Label> labels = EnumSet.noneOf(Label.class);
    for (String label : modelLabels) {
      labels.add(Label.of(label).orElseThrow());
    }
    return labels;
  }

  /** The mentions the model finds in one document, in text order. */
  public List<Mention> recognize(Document document) {
    return finders.with(finder -> {
      finder.clearAdaptiveData();
      List<Mention> mentions = new ArrayList<>();
      for (int sentence = 0; sentence < document.sentenceCount(); sentence++) {
        int end = document.endToken(sentence);
        int windowStart = document.firstToken(sentence);
        while (windowStart < end) {
          int windowEnd = windowEnd(document, windowStart, end);
          String[] tokens = new String[windowEnd - windowStart];
          for (int k = 0; k < tokens.length; k++) {
            tokens[k] = TokenForms.modelForm(document.token(windowStart + k));
          }
          for (Span span : finder.find(tokens)) {
            Label label = Label.of(span.getType()).orElseThrow(); // every model label was checked at load
            mentions.add(new Mention(label, document.tokenStart(windowStart + span.getStart()),
                document.tokenEnd(windowStart + span.getEnd() - 1), clamp(span.getProb())));
          }
          windowStart = windowEnd;
        }
      }
      finder.clearAdaptiveData();
      return mentions;
    });
  }

  /** End of the window starting at token {@code start}: the sentence's end if near, else just after punctuation near the limit. */
  private static int windowEnd(Document document, int start, int sentenceEnd) {
    int limit = start + MAX_WINDOW_TOKENS;
    if (limit >= sentenceEnd) {
      return sentenceEnd;
    }
    for (int t = limit - 1; t > limit - CUT_SEARCH_TOKENS; t--) {
      if (document.tokenEnd(t) - document.tokenStart(t) == 1
          && !Character.isLetterOrDigit(document.text().charAt(document.tokenStart(t)))) {
        return t + 1;
      }
    }
    return limit;
  }

  /** The innermost cause's message: OpenNLP wraps the reason ("Model version 9.1.0 is not supported"). */
  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }

  private static double clamp(double probability) {
    return Double.isNaN(probability) ? 0.0 : Math.max(0.0, Math.min(1.0, probability));
  }

  private static Set<String> labelsOf(String[] outcomes) {
    Set<String> found = new java.util.TreeSet<>();
    for (String outcome : outcomes) {
      int dash = outcome.lastIndexOf('-');
      if (dash > 0) {
        found.add(outcome.substring(0, dash));
      }
    }
    return Set.copyOf(found);
  }
}
