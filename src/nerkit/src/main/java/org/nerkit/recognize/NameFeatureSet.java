package org.nerkit.recognize;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nerkit.lexicon.LexiconKeys;
import org.nerkit.lexicon.PhraseTable;
import org.nerkit.lexicon.WordClasses;

/**
 * A model's {@link FeatureDescriptor} with its lexicons, and the feature strings of every word
 * class built once: the part of {@link NameFeatures} that all decoders of a model share.
 * Immutable and thread-safe.
 */
final class NameFeatureSet {
  /** Positions in a gazetteer match: begin, inside, end, a one-token match. */
  static final String[] POSITIONS = {"B", "I", "E", "U"};

  final FeatureDescriptor descriptor;
  final List<ClassFeatures> wordClasses;
  final PhraseTable gazetteer;
  /** Per gazetteer type, its feature per position: {@code gz=person-B}; and of the longest match: {@code gzl=person-B}. */
  final String[][] gazetteerFeatures;
  final String[][] longestMatchFeatures;
  final WordClasses firstNames;
  /** Per first-name class: {@code fn=} and {@code p1fn=} with the class. */
  final String[] firstNameFeatures;
  final String[] previousFirstNameFeatures;
  final PhraseTable titles;

  /** One word-class lexicon with the feature strings of each of its classes. */
  static final class ClassFeatures {
    final FeatureDescriptor.WordClassSpec spec;
    final WordClasses lexicon;
    /** Per class: its features for the token itself, and as the previous and the next token's. */
    final String[][] current;
    final String[][] previous;
    final String[][] next;

    ClassFeatures(FeatureDescriptor.WordClassSpec spec, WordClasses lexicon) {
      this.spec = spec;
      this.lexicon = lexicon;
      int count = lexicon.classCount();
      current = new String[count][];
      previous = new String[count][];
      next = new String[count][];
      for (int c = 0; c < count; c++) {
        String[] values = values(lexicon.className(c), spec.prefixes());
        current[c] = named(spec.name(), values);
        previous[c] = named("p1" + spec.name(), values);
        next[c] = named("n1" + spec.name(), values);
      }
    }

    /**
     * The class name cut at each prefix length ({@code 4:0110}), as long as the previous cut was
     * shorter than the name; the whole name when no prefixes are given.
     */
    private static String[] values(String className, int[] prefixes) {
      if (prefixes.length == 0) {
        return new String[] {className};
      }
      List<String> values = new ArrayList<>(prefixes.length);
      for (int k = 0; k < prefixes.length && (k == 0 || prefixes[k - 1] < className.length()); k++) {
        values.add(prefixes[k] + ":" + className.substring(0, Math.min(prefixes[k], className.length())));
      }
      return values.toArray(new String[0]);
    }

    private static String[] named(String name, String[] values) {
      String[] features = new String[values.length];
      for (int k = 0; k < values.length; k++) {
        features[k] = name + "=" + values[k];
      }
      return features;
    }

    /** The class of the token, -1 when the lexicon does not have it. */
    int classOf(String token) {
      return lexicon.classOf(spec.key().key(token));
    }
  }

  /**
   * @param lexicons the model's resources by name: {@link WordClasses} or {@link PhraseTable}
   * @throws IOException naming a resource that is missing or of the wrong kind
   */
  NameFeatureSet(FeatureDescriptor descriptor, Function<String, Object> lexicons) throws IOException {
    this.descriptor = descriptor;
    List<ClassFeatures> classes = new ArrayList<>();
    for (FeatureDescriptor.WordClassSpec spec : descriptor.wordClasses()) {
      classes.add(new ClassFeatures(spec, resource(lexicons, spec.resource(), WordClasses.class)));
    }
    this.wordClasses = List.copyOf(classes);
    this.gazetteer = descriptor.gazetteer() == null ? null : resource(lexicons, descriptor.gazetteer(), PhraseTable.class);
    if (gazetteer == null) {
      gazetteerFeatures = new String[0][];
      longestMatchFeatures = new String[0][];
    } else {
      gazetteerFeatures = new String[gazetteer.typeCount()][POSITIONS.length];
      longestMatchFeatures = new String[gazetteer.typeCount()][POSITIONS.length];
      for (int type = 0; type < gazetteer.typeCount(); type++) {
        for (int position = 0; position < POSITIONS.length; position++) {
          gazetteerFeatures[type][position] = "gz=" + gazetteer.typeName(type) + "-" + POSITIONS[position];
          longestMatchFeatures[type][position] = "gzl=" + gazetteer.typeName(type) + "-" + POSITIONS[position];
        }
      }
    }
    this.firstNames = descriptor.firstNames() == null ? null : resource(lexicons, descriptor.firstNames(), WordClasses.class);
    int firstNameClasses = firstNames == null ? 0 : firstNames.classCount();
    firstNameFeatures = new String[firstNameClasses];
    previousFirstNameFeatures = new String[firstNameClasses];
    for (int c = 0; c < firstNameClasses; c++) {
      firstNameFeatures[c] = "fn=" + firstNames.className(c);
      previousFirstNameFeatures[c] = "p1fn=" + firstNames.className(c);
    }
    this.titles = descriptor.titles() == null ? null : resource(lexicons, descriptor.titles(), PhraseTable.class);
  }

  private static <T> T resource(Function<String, Object> lexicons, String name, Class<T> kind) throws IOException {
    Object resource = lexicons.apply(name);
    if (resource == null) {
      throw new IOException("the model has no lexicon " + name + ", which its feature descriptor names");
    }
    if (!kind.isInstance(resource)) {
      throw new IOException("lexicon " + name + " of the model is not a " + kind.getSimpleName());
    }
    return kind.cast(resource);
  }

  /** The key the gazetteer stores a token under. */
  String gazetteerKey(String token) {
    return descriptor.gazetteerKey().key(token);
  }

  /** The key titles are stored under: lower case. */
  static String titleKey(String token) {
    return LexiconKeys.lower(token);
  }
}
