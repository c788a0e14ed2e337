package org.nerkit.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.nerkit.tokenize.TokenForms;
import org.nerkit.util.InstancePool;

/**
 * Finds named-entity spans with a trained OpenNLP name finder. The model is loaded once and
 * shared; each document is decoded by one pooled decoder, whose document-level memory
 * (previous-map features) is cleared before the next document. Maxent models are decoded by
 * {@link MaxentBeamDecoder} (same results as {@link NameFinderME} without {@link LabelPriors},
 * faster); other models by {@code NameFinderME} itself. Thread-safe.
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

  private final InstancePool<SentenceDecoder> finders;
  private final Set<String> labels;

  /** Decodes one token sequence at a time, remembering names seen earlier in the document. */
  interface SentenceDecoder {
    Span[] find(String[] tokens);

    void clearAdaptiveData();
  }

  private NameRecognizer(InstancePool<SentenceDecoder> finders, String[] outcomes) {
    this.finders = finders;
    this.labels = labelsOf(outcomes);
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
    return new NameRecognizer(new InstancePool<>(() -> openNlp(new NameFinderME(model))),
        model.getNameFinderSequenceModel().getOutcomes());
  }

  private static SentenceDecoder openNlp(NameFinderME finder) {
    return new SentenceDecoder() {
      @Override
      public Span[] find(String[] tokens) {
        return finder.find(tokens);
      }

      @Override
      public void clearAdaptiveData() {
        finder.clearAdaptiveData();
      }
    };
  }

  /** A recognizer that decodes with OpenNLP's own {@link NameFinderME}: the reference the fast decoder is tested against. */
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
      TokenNameFinderModel model;
      try {
        model = new TokenNameFinderModel(new java.io.ByteArrayInputStream(file));
      } catch (IOException | RuntimeException e) {
        throw new IOException("cannot load name finder model " + source + ": " + rootMessage(e), e);
      }
      recognizer = of(model, openNlpDecoder, priors, source);
    }
    Set<String> unknown = new TreeSet<>(priors.offsets().keySet());
    unknown.removeAll(recognizer.labels);
    if (!unknown.isEmpty()) {
      throw new IOException("label priors name labels " + unknown + " that model " + source + " does not have; it has "
          + new TreeSet<>(recognizer.labels));
    }
    // Decode once so that a model whose features cannot be built fails now.
    recognizer.finders.with(finder -> finder.find(new String[] {"Test"}));
    return recognizer;
  }

  /** The entity labels this model can produce. */
  public Set<String> labels() {
    return labels;
  }

  /**
   * Recognizes the mentions of one document.
   *
   * @param sentenceTokens per sentence, its tokens as {@code [start0, end0, start1, end1, ...]}
   *     offsets into {@code text}
   */
  public List<Mention> recognize(String text, List<int[]> sentenceTokens) {
    return finders.with(finder -> {
      finder.clearAdaptiveData();
      List<Mention> mentions = new ArrayList<>();
      for (int[] offsets : sentenceTokens) {
        int tokenCount = offsets.length / 2;
        int windowStart = 0;
        while (windowStart < tokenCount) {
          int windowEnd = windowEnd(text, offsets, windowStart, tokenCount);
          String[] tokens = new String[windowEnd - windowStart];
          for (int k = 0; k < tokens.length; k++) {
            int t = windowStart + k;
            tokens[k] = TokenForms.modelForm(text.substring(offsets[2 * t], offsets[2 * t + 1]));
          }
          for (Span span : finder.find(tokens)) {
            int start = offsets[2 * (windowStart + span.getStart())];
            int end = offsets[2 * (windowStart + span.getEnd()) - 1];
            mentions.add(new Mention(span.getType(), start, end, clamp(span.getProb())));
          }
          windowStart = windowEnd;
        }
      }
      finder.clearAdaptiveData();
      return mentions;
    });
  }

  /** End of the window starting at {@code start}: the whole rest if short, else just after punctuation near the limit. */
  private static int windowEnd(String text, int[] offsets, int start, int tokenCount) {
    int limit = start + MAX_WINDOW_TOKENS;
    if (limit >= tokenCount) {
      return tokenCount;
    }
    for (int t = limit - 1; t > limit - CUT_SEARCH_TOKENS; t--) {
      int length = offsets[2 * t + 1] - offsets[2 * t];
      if (length == 1 && !Character.isLetterOrDigit(text.charAt(offsets[2 * t]))) {
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
