package org.nerkit.recognize;

import java.util.Arrays;

/**
 * The features that depend on the outcomes already chosen for the sentence, as OpenNLP's
 * default generator makes them: the previous outcome, alone and with the token and its shape,
 * and the one before it. They come last, after the features a token has whatever the
 * hypothesis (which the decoder computes once per token).
 */
final class PriorOutcomeFeatures {
  private static final String OTHER = "other";

  private PriorOutcomeFeatures() {}

  /** {@code common} followed by the prior-outcome features of token {@code index}. */
  static String[] appendTo(String[] common, int index, String[] tokens, String[] shapes, String[] priorDecisions) {
    String po = index > 0 ? priorDecisions[index - 1] : OTHER;
    String ppo = index > 1 ? priorDecisions[index - 2] : OTHER;
    String[] features = Arrays.copyOf(common, common.length + 4);
    features[common.length] = "po=" + po;
    features[common.length + 1] = "pow=" + po + "," + tokens[index];
    features[common.length + 2] = "powf=" + po + "," + shapes[index];
    features[common.length + 3] = "ppo=" + ppo;
    return features;
  }
}
