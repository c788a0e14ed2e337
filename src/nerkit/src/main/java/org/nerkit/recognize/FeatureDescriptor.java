package org.nerkit.recognize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.nerkit.lexicon.LexiconKeys;

/**
 * What nerkit's own name-finder features ({@link NameFeatures}) are for one model: read from the
 * descriptor the model carries (a properties file, {@code format=nerkit-features}), so that a
 * model is decoded with exactly the features it was trained with. The lexicons it names are
 * resources of the same model.
 *
 * <pre>
 * format=nerkit-features
 * version=1
 * words.window=2            # w=, p1w=, n1w=... around the token
 * classes.window=2          # token shape (wc=, w&amp;c=) around the token
 * affixes=4                 # pre= and suf= of 1..4 characters
 * bigrams=true              # pw,w= / w,nw= and their shapes
 * previous-map=true         # pd=: the outcome the same token got earlier in the document
 * sentence-begin=true       # S=begin
 * wordclasses=rcv1,km       # word-class lexicons, each:
 * wordclass.rcv1.resource=brown-rcv1.wordclasses
 * wordclass.rcv1.key=EXACT  # LexiconKeys.Form of the token to look up
 * wordclass.rcv1.prefixes=4,6,10,20   # class-name prefixes (Brown paths); empty: the whole name
 * wordclass.rcv1.window=1   # also the classes of the tokens 1 before and after
 * gazetteer.resource=names.gazetteer  # phrases and their types: B/I/E/U of each type's longest match
 * gazetteer.key=SIMPLIFIED_LOWER
 * gazetteer.longest=true    # also gzl=: the types of the longest match of any type, and its position
 * label-history=true        # lh=: the entity type the same word (any case) got most often earlier in the document
 * firstnames.resource=first-names.wordclasses   # given names, classed by frequency
 * titles.resource=titles.gazetteer    # titles and job words before a name
 * </pre>
 */
record FeatureDescriptor(int wordWindow, int classWindow, int affixes, boolean bigrams, boolean previousMap,
    boolean sentenceBegin, List<WordClassSpec> wordClasses, String gazetteer, LexiconKeys.Form gazetteerKey,
    boolean gazetteerLongest, String firstNames, String titles, boolean labelHistory) {

  static final String FORMAT = "nerkit-features";
  static final int VERSION = 1;

  /** One word-class lexicon and how its features are built. */
  record WordClassSpec(String name, String resource, LexiconKeys.Form key, int[] prefixes, int window) {}

  FeatureDescriptor {
    wordClasses = List.copyOf(wordClasses);
  }

  /** Whether these descriptor bytes are nerkit's own format rather than OpenNLP's XML. */
  static boolean isNerkitFormat(byte[] descriptor) {
    String head = new String(descriptor, 0, Math.min(descriptor.length, 512), StandardCharsets.UTF_8);
    for (String line : head.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        return trimmed.replace(" ", "").equals("format=" + FORMAT);
      }
    }
    return false;
  }

  /**
   * Reads a descriptor.
   *
   * @throws IOException saying which property is missing, unknown or malformed
   */
  static FeatureDescriptor parse(byte[] descriptor) throws IOException {
    Properties p = new Properties();
    p.load(new InputStreamReader(new ByteArrayInputStream(descriptor), StandardCharsets.UTF_8));
    Set<String> used = new TreeSet<>();
    if (!FORMAT.equals(get(p, "format", used))) {
      throw new IOException("feature descriptor: format is not " + FORMAT);
    }
    int version = integer(p, "version", used, 1, 1);
    if (version != VERSION) {
      throw new IOException("feature descriptor: version " + version + " is not supported (this nerkit reads " + VERSION + ")");
    }
    List<WordClassSpec> classes = new ArrayList<>();
    String names = optional(p, "wordclasses", used);
    if (names != null && !names.isBlank()) {
      for (String name : new LinkedHashSet<>(List.of(names.split(",")))) {
        name = name.strip();
        if (!name.matches("[a-z][a-z0-9]{0,11}")) {
          throw new IOException("feature descriptor: word-class name must be a short lower-case word: '" + name + "'");
        }
        String prefix = "wordclass." + name + ".";
        String prefixList = optional(p, prefix + "prefixes", used);
        int[] prefixes = prefixList == null || prefixList.isBlank() ? new int[0]
            : List.of(prefixList.split(",")).stream().mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        for (int length : prefixes) {
          if (length < 1 || length > 64) {
            throw new IOException("feature descriptor: " + prefix + "prefixes must be 1..64: " + prefixList);
          }
        }
        classes.add(new WordClassSpec(name, get(p, prefix + "resource", used), form(p, prefix + "key", used), prefixes,
            integer(p, prefix + "window", used, 0, 2)));
      }
    }
    String gazetteer = optional(p, "gazetteer.resource", used);
    LexiconKeys.Form gazetteerKey = gazetteer == null ? LexiconKeys.Form.LOWER : form(p, "gazetteer.key", used);
    boolean longest = gazetteer != null && optionalBool(p, "gazetteer.longest", used);
    FeatureDescriptor result = new FeatureDescriptor(integer(p, "words.window", used, 0, 5),
        integer(p, "classes.window", used, 0, 5), integer(p, "affixes", used, 0, 8), bool(p, "bigrams", used),
        bool(p, "previous-map", used), bool(p, "sentence-begin", used), classes, gazetteer, gazetteerKey, longest,
        optional(p, "firstnames.resource", used), optional(p, "titles.resource", used), optionalBool(p, "label-history", used));
    Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
    unknown.removeAll(used);
    if (!unknown.isEmpty()) {
      throw new IOException("feature descriptor: unknown properties " + unknown);
    }
    return result;
  }

  /** The model resources the features read, in a fixed order. */
  List<String> resources() {
    List<String> names = new ArrayList<>();
    wordClasses.forEach(spec -> names.add(spec.resource()));
    if (gazetteer != null) {
      names.add(gazetteer);
    }
    if (firstNames != null) {
      names.add(firstNames);
    }
    if (titles != null) {
      names.add(titles);
    }
    return Collections.unmodifiableList(names);
  }

  private static String get(Properties p, String key, Set<String> used) throws IOException {
    String value = optional(p, key, used);
    if (value == null) {
      throw new IOException("feature descriptor: missing " + key);
    }
    return value;
  }

  private static String optional(Properties p, String key, Set<String> used) {
    used.add(key);
    String value = p.getProperty(key);
    return value == null ? null : value.strip();
  }

  private static int integer(Properties p, String key, Set<String> used, int min, int max) throws IOException {
    String value = get(p, key, used);
    try {
      int parsed = Integer.parseInt(value);
      if (parsed < min || parsed > max) {
        throw new IOException("feature descriptor: " + key + " must be " + min + ".." + max + ": " + value);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IOException("feature descriptor: " + key + " is not a number: " + value, e);
    }
  }

  private static boolean bool(Properties p, String key, Set<String> used) throws IOException {
    String value = get(p, key, used);
    if (!value.equals("true") && !value.equals("false")) {
      throw new IOException("feature descriptor: " + key + " must be true or false: " + value);
    }
    return Boolean.parseBoolean(value);
  }

  /** An optional true/false property; absent is false (descriptors written before it stay valid). */
  private static boolean optionalBool(Properties p, String key, Set<String> used) throws IOException {
    return optional(p, key, used) != null && bool(p, key, used);
  }

  private static LexiconKeys.Form form(Properties p, String key, Set<String> used) throws IOException {
    String value = get(p, key, used);
    try {
      return LexiconKeys.Form.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IOException("feature descriptor: " + key + " must be one of " + List.of(LexiconKeys.Form.values()) + ": " + value, e);
    }
  }
}
