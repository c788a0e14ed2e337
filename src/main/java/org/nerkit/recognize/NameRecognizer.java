package org.nerkit.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.nerkit.tokenize.TokenForms;
import org.nerkit.util.InstancePool;

/**
 * Finds named-entity spans with a trained OpenNLP name finder. The model is loaded once and
 * shared; each document is decoded by one pooled {@link NameFinderME}, whose document-level
 * memory (previous-map features) is cleared before the next document. Thread-safe.
 */
public final class NameRecognizer {
  private final TokenNameFinderModel model;
  private final InstancePool<NameFinderME> finders;
  private final Set<String> labels;

  private NameRecognizer(TokenNameFinderModel model) {
    this.model = model;
    this.finders = new InstancePool<>(() -> new NameFinderME(model));
    this.labels = labelsOf(model);
  }

  /**
   * Loads a model; any problem (missing, truncated, not a name finder model) fails here, with
   * {@code source} in the message, never later during extraction.
   */
  public static NameRecognizer load(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "no model stream for " + source);
    TokenNameFinderModel model;
    try (in) {
      model = new TokenNameFinderModel(in);
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot load name finder model " + source + ": " + e.getMessage(), e);
    }
    NameRecognizer recognizer = new NameRecognizer(model);
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
        if (offsets.length == 0) {
          continue;
        }
        String[] tokens = new String[offsets.length / 2];
        for (int k = 0; k < tokens.length; k++) {
          tokens[k] = TokenForms.modelForm(text.substring(offsets[2 * k], offsets[2 * k + 1]));
        }
        for (Span span : finder.find(tokens)) {
          int start = offsets[2 * span.getStart()];
          int end = offsets[2 * span.getEnd() - 1];
          mentions.add(new Mention(span.getType(), start, end, clamp(span.getProb())));
        }
      }
      finder.clearAdaptiveData();
      return mentions;
    });
  }

  private static double clamp(double probability) {
    return Double.isNaN(probability) ? 0.0 : Math.max(0.0, Math.min(1.0, probability));
  }

  private static Set<String> labelsOf(TokenNameFinderModel model) {
    Set<String> found = new java.util.TreeSet<>();
    var nameModel = model.getNameFinderSequenceModel();
    for (String outcome : nameModel.getOutcomes()) {
      int dash = outcome.lastIndexOf('-');
      if (dash > 0) {
        found.add(outcome.substring(0, dash));
      }
    }
    return Set.copyOf(found);
  }
}
