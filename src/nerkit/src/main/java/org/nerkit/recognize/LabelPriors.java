package org.nerkit.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Offsets added to a name finder's log score for every outcome of a label ({@code ORG-start},
 * {@code ORG-cont}, ...) before decoding. A positive offset makes the decoder open a mention of
 * that label more readily: recall up, precision down.
 *
 * <p>Why: a maxent model trained on text where most tokens are outside any name leans toward
 * "outside", so its recall lags its precision; a per-label shift tuned on development data trades
 * one back for the other (Minkov et al., 2006, "NER systems that suit user's preferences"). The
 * offsets belong to one model: they are tuned for it and stored beside it.
 *
 * @param offsets label (as the model names it: {@code ORG}, {@code DATE}) to offset, each finite
 *     and within ±{@value #MAX_OFFSET}
 */
public record LabelPriors(Map<String, Double> offsets) {
  /** Larger shifts swamp the model's own scores: beyond this a label would be forced, not favoured. */
  public static final double MAX_OFFSET = 5.0;

  /** No shift: the model decodes as trained. */
  public static final LabelPriors NONE = new LabelPriors(Map.of());

  public LabelPriors {
    Objects.requireNonNull(offsets, "offsets");
    for (Map.Entry<String, Double> entry : offsets.entrySet()) {
      String label = Objects.requireNonNull(entry.getKey(), "label priors must not contain a null label");
      Double offset = Objects.requireNonNull(entry.getValue(), "label prior for " + label + " is null");
      if (label.isBlank() || label.contains("-")) {
        throw new IllegalArgumentException("not a label name (e.g. ORG): '" + label + "'");
      }
      if (!(Math.abs(offset) <= MAX_OFFSET)) {
        throw new IllegalArgumentException("label prior for " + label + " must be within ±" + MAX_OFFSET + ": " + offset);
      }
    }
    offsets = Map.copyOf(offsets); // unordered: toString sorts
  }

  /**
   * Reads {@code LABEL=offset} pairs separated by commas ({@code "DATE=0.6,ORG=0.3"}); an empty
   * string is {@link #NONE}.
   *
   * @throws IllegalArgumentException naming the pair that is not {@code LABEL=number}
   */
  public static LabelPriors parse(String text) {
    Objects.requireNonNull(text, "text");
    Map<String, Double> offsets = new TreeMap<>();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.split("=", -1);
      if (parts.length != 2) {
        throw new IllegalArgumentException("label prior is not LABEL=number: '" + pair.strip() + "'");
      }
      String label = parts[0].strip();
      try {
        if (offsets.put(label, Double.parseDouble(parts[1].strip())) != null) {
          throw new IllegalArgumentException("label " + label + " is given twice in '" + text + "'");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("label prior is not LABEL=number: '" + pair.strip() + "'", e);
      }
    }
    return new LabelPriors(offsets);
  }

  /** Reads the priors stored beside a model: a properties file of {@code LABEL=offset} lines. */
  public static LabelPriors read(InputStream in, String source) throws IOException {
    Objects.requireNonNull(in, "no label priors stream for " + source);
    Properties properties = new Properties();
    try (in) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, Double> offsets = new TreeMap<>();
    for (String label : properties.stringPropertyNames()) {
      try {
        offsets.put(label, Double.parseDouble(properties.getProperty(label).strip()));
      } catch (NumberFormatException e) {
        throw new IOException("label priors " + source + ": " + label + " is not a number: '"
            + properties.getProperty(label) + "'", e);
      }
    }
    try {
      return new LabelPriors(offsets);
    } catch (IllegalArgumentException e) {
      throw new IOException("label priors " + source + ": " + e.getMessage(), e);
    }
  }

  /** The offset for a label; 0 for a label not named. */
  public double offset(String label) {
    return offsets.getOrDefault(label, 0.0);
  }

  /** The same priors with one label's offset replaced (0 removes it). */
  public LabelPriors with(String label, double offset) {
    Map<String, Double> changed = new TreeMap<>(offsets);
    if (offset == 0.0) {
      changed.remove(label);
    } else {
      changed.put(label, offset);
    }
    return new LabelPriors(changed);
  }

  /** In the form {@link #parse} reads: {@code "DATE=0.6,ORG=0.3"}, labels in order. */
  @Override
  public String toString() {
    return new TreeMap<>(offsets).entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }
}
