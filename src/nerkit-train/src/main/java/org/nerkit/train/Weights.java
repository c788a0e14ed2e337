package org.nerkit.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/** A trained maxent model's weights, without those too small to matter. */
final class Weights {
  private Weights() {}

  /**
   * The model in GIS form (the same sums of weights, then the same softmax) with every weight
   * whose magnitude is below {@code threshold} dropped, and features left with none removed.
   */
  @SuppressWarnings("unchecked")
  static GISModel sparse(AbstractModel model, double threshold) {
    Object[] data = model.getDataStructures();
    Map<String, Context> byFeature = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<String> names = new ArrayList<>(byFeature.size());
    List<Context> kept = new ArrayList<>(byFeature.size());
    long before = 0;
    long after = 0;
    for (Map.Entry<String, Context> entry : byFeature.entrySet()) {
      Context context = entry.getValue();
      int[] outcomeIds = context.getOutcomes();
      double[] parameters = context.getParameters();
      int n = 0;
      for (double parameter : parameters) {
        if (Math.abs(parameter) >= threshold) {
          n++;
        }
      }
      before += parameters.length;
      if (n == 0) {
        continue;
      }
      int[] keptOutcomes = new int[n];
      double[] keptParameters = new double[n];
      int k = 0;
      for (int o = 0; o < parameters.length; o++) {
        if (Math.abs(parameters[o]) >= threshold) {
          keptOutcomes[k] = outcomeIds[o];
          keptParameters[k++] = parameters[o];
        }
      }
      after += n;
      names.add(entry.getKey());
      kept.add(new Context(keptOutcomes, keptParameters));
    }
    System.err.printf("weights: %,d of %,d kept (|w| >= %s), %,d of %,d features%n", after, before, threshold,
        names.size(), byFeature.size());
    return new GISModel(kept.toArray(new Context[0]), names.toArray(new String[0]), outcomes);
  }
}
