package org.nerkit.train.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.nerkit.lexicon.LexiconKeys;
import org.nerkit.lexicon.PhraseTable;
import org.nerkit.lexicon.WordClasses;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the lexicons a model is trained with ({@code TrainCommand --lexicons DIR}) from the
 * converted files ({@code LexiconTool convert} and {@code kmeans}) and the training text:
 *
 * <ul>
 *   <li>{@value #NAMES}: {@code phrase<TAB>TYPE[,TYPE...]}, the DBpedia and NLP4J gazetteers and
 *       the city and first-level division names, their types mapped to the model's (PER, ORG,
 *       GPE...), filtered by a {@link PhraseFilter};</li>
 *   <li>{@value #TITLES}: {@code phrase<TAB>TITLE}, the NLP4J job titles and a list of titles and
 *       roles (a resource of this module, or a file);</li>
 *   <li>{@value #FIRST_NAMES}: {@code name<TAB>class}, the class {@code sN} for a name given about
 *       10^N times in the SSA counts, then {@code m} if the Moby lists have it;</li>
 *   <li>the word-class files (Brown clusters, embedding clusters), copied as they are.</li>
 * </ul>
 *
 * <p>Phrases are tokens joined by one space, keyed as {@code LexiconKeys.Form.SIMPLIFIED_LOWER}
 * looks them up: the gazetteers come tokenized that way, a city name is split at white space
 * and around hyphens. Each file is sorted by code point ({@link Text#CODE_POINT_ORDER}) or kept in
 * its source's order, so a rebuild is byte for byte the same. Each filter is an option, with the
 * values the current models were trained with as defaults.
 */
@Command(name = "model-lexicons", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Writes the filtered lexicons a model is trained with (TrainCommand --lexicons DIR).")
public final class ModelLexiconsCommand implements Callable<Integer> {
  static final String NAMES = "names.gazetteer";
  static final String TITLES = "titles.gazetteer";
  static final String FIRST_NAMES = "first-names.wordclasses";

  /** The bundled titles besides NLP4J's job titles. */
  static final String EXTRA_TITLES_RESOURCE = "extra-titles.txt";

  /**
   * URL escapes ({@code %}), the simplified form's hyperlink placeholder, control characters,
   * UTF-8 read as Latin-1 ({@code Ã}; phrases are lower-cased before the check, which turns it
   * into {@code ã}, so this catches none of the gazetteers' few such phrases, like
   * {@code bã¡rbara}), HTML entities broken by tokenization ({@code & ;}, {@code amp} as a word).
   */
  static final String DEFAULT_JUNK = "%|#hlink#|[\\x00-\\x1f\\x7f-\\x9f]|\\u00c3|&"
      + Text.SPACE_CLASS + "*;|(?<![\\p{L}\\p{N}_])amp(?![\\p{L}\\p{N}_])";

  @Option(names = "--converted", required = true, paramLabel = "DIR",
      description = "The converted lexicons: gazetteer-dbpedia.tsv, gazetteer-nlp4j.tsv, cities.tsv, first-names.tsv and the"
          + " word-class files (LexiconTool convert and kmeans).")
  Path converted;

  @Option(names = "--text", required = true, split = ",", paramLabel = "FILE",
      description = "Training text whose common words are dropped as one-word phrases and first names: token files, the token"
          + " in the first TAB-separated column, blank lines between sentences, #doc lines between documents.")
  List<Path> texts;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the model lexicons.")
  Path out;

  @Option(names = "--common-min-count", defaultValue = "3",
      description = "A common word occurs at least this often in the training text, sentence-initial tokens not counted"
          + " (default: ${DEFAULT-VALUE}).")
  int commonMinCount;

  @Option(names = "--common-min-lowercase-share", defaultValue = "0.5",
      description = "A common word has at least this share of those occurrences in lower case (default: ${DEFAULT-VALUE}).")
  double commonMinLowercaseShare;

  @Option(names = "--min-phrase-tokens", defaultValue = "1",
      description = "Gazetteer phrases with fewer tokens are dropped (default: ${DEFAULT-VALUE}).")
  int minPhraseTokens;

  @Option(names = "--max-phrase-tokens", defaultValue = "6",
      description = "Gazetteer phrases with more tokens are dropped (default: ${DEFAULT-VALUE}).")
  int maxPhraseTokens;

  @Option(names = "--min-single-token-length", defaultValue = "2",
      description = "One-token gazetteer phrases with fewer characters are dropped (default: ${DEFAULT-VALUE}).")
  int minSingleTokenLength;

  @Option(names = "--junk", defaultValue = DEFAULT_JUNK, paramLabel = "REGEX",
      description = "Gazetteer phrases and titles in which this Java regex finds a match are dropped: URL escapes, #hlink#,"
          + " control characters, mis-decoded UTF-8, broken HTML entities (default: ${DEFAULT-VALUE}).")
  String junk;

  @Option(names = "--dbpedia-types", split = ",", paramLabel = "TYPE=MODEL_TYPE",
      defaultValue = "person=PER,organisation=ORG,gpe=GPE,location=LOC,norp=NORP,facility=FAC,event=EVENT,"
          + "work_of_art=WORK,product=PROD,language=LANG",
      description = "The model type of each DBpedia gazetteer type; a phrase's types not listed are dropped, and so is a phrase"
          + " left without any (default: ${DEFAULT-VALUE}).")
  Map<String, String> dbpediaTypes;

  @Option(names = "--nlp4j-types", split = ",", paramLabel = "TYPE=MODEL_TYPE",
      defaultValue = "person=PER,organization=ORG,company=ORG,country=GPE,place=GPE,location=LOC,nationality=NORP,"
          + "us_state_abbrev=GPE,event=EVENT,art_work=WORK,film=WORK,song=WORK,product=PROD",
      description = "The model type of each NLP4J gazetteer list, as for --dbpedia-types (default: ${DEFAULT-VALUE}).")
  Map<String, String> nlp4jTypes;

  @Option(names = "--city-type", defaultValue = "GPE",
      description = "The model type of city names (and of first-level division names, see --no-city-divisions); empty: no city"
          + " names (default: ${DEFAULT-VALUE}).")
  String cityType;

  @Option(names = "--no-city-divisions",
      description = "Leave out the names of the cities' first-level divisions (states, provinces), which are otherwise added"
          + " with --city-type.")
  boolean noCityDivisions;

  @Option(names = "--title-lists", split = ",", defaultValue = "job_title",
      description = "NLP4J gazetteer lists whose phrases are titles (default: ${DEFAULT-VALUE}).")
  List<String> titleLists;

  @Option(names = "--extra-titles", paramLabel = "FILE",
      description = "More titles, one a line, keyed like the gazetteers (lower case, a hyphen its own token), # lines"
          + " skipped (default: the training tools' own list, org/nerkit/train/lexicon/" + EXTRA_TITLES_RESOURCE + ").")
  Path extraTitles;

  @Option(names = "--title-type", defaultValue = "TITLE", description = "The type of the titles (default: ${DEFAULT-VALUE}).")
  String titleType;

  @Option(names = "--first-name-max-class", defaultValue = "7",
      description = "A first name given 10^N to 10^(N+1) times (SSA births) gets class sN; N stops at this value"
          + " (default: ${DEFAULT-VALUE}).")
  int firstNameMaxClass;

  @Option(names = "--word-classes", split = ",", paramLabel = "NAME=CONVERTED",
      defaultValue = "brown-rcv1.wordclasses=brown-rcv1.tsv,brown-nlp4j.wordclasses=brown-nlp4j-c1500.tsv,"
          + "km100.wordclasses=embedding-kmeans-k100.tsv,km500.wordclasses=embedding-kmeans-k500.tsv,"
          + "km1000.wordclasses=embedding-kmeans-k1000.tsv",
      description = "Word-class files to copy: the model lexicon's name and the converted file (default: ${DEFAULT-VALUE}).")
  Map<String, String> wordClasses;

  @Option(names = "--no-check", description = "Do not read the written files back with the runtime's readers.")
  boolean noCheck;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ModelLexiconsCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    if (firstNameMaxClass < 0) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--first-name-max-class must be >= 0");
    }
    checkTypeName(titleType);
    long t0 = System.nanoTime();
    Set<String> common = CommonWords.read(texts, commonMinCount, commonMinLowercaseShare);
    System.err.printf("common words: %d%n", common.size());
    PhraseFilter filter = new PhraseFilter(Pattern.compile(junk), minPhraseTokens, maxPhraseTokens, minSingleTokenLength,
        common);
    Set<String> titles = new HashSet<>();
    writeNames(filter, titles);
    writeTitles(filter.junk(), titles);
    writeFirstNames(common);
    for (Map.Entry<String, String> e : wordClasses.entrySet()) {
      copy(converted.resolve(e.getValue()), out.resolve(e.getKey()));
    }
    if (!noCheck) {
      check();
    }
    System.err.printf("model lexicons written to %s in %s s%n", out, Stats.seconds(t0));
    return 0;
  }

  /** Gazetteer phrases with their model types, as bits of the list of type names. */
  private static final class Phrases {
    final Map<String, Integer> types = new HashMap<>();
    final List<String> typeNames = new ArrayList<>();
    final Map<PhraseFilter.Reason, Long> dropped = new EnumMap<>(PhraseFilter.Reason.class);
    final PhraseFilter filter;

    Phrases(PhraseFilter filter) {
      this.filter = filter;
    }

    int bit(String type) {
      int i = typeNames.indexOf(type);
      if (i < 0) {
        checkTypeName(type);
        if (typeNames.size() == PhraseTable.MAX_TYPES) {
          throw new IllegalArgumentException("more than " + PhraseTable.MAX_TYPES + " model types: " + typeNames);
        }
        i = typeNames.size();
        typeNames.add(type);
      }
      return 1 << i;
    }

    void add(String phrase, int typeBits) {
      PhraseFilter.Reason reason = filter.reject(phrase);
      if (reason != null) {
        dropped.merge(reason, 1L, Long::sum);
      } else {
        types.merge(phrase, typeBits, (a, b) -> a | b);
      }
    }

    /** The phrase's type names in code point order, comma-separated. */
    String typeList(int bits) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < typeNames.size(); i++) {
        if ((bits & (1 << i)) != 0) {
          names.add(typeNames.get(i));
        }
      }
      names.sort(Text.CODE_POINT_ORDER);
      return String.join(",", names);
    }
  }

  private void writeNames(PhraseFilter filter, Set<String> titles) throws IOException {
    Phrases phrases = new Phrases(filter);
    Map<String, Integer> dbpediaBits = typeBits(phrases, dbpediaTypes);
    Map<String, Integer> nlp4jBits = typeBits(phrases, nlp4jTypes);
    Set<String> titleSet = Set.copyOf(titleLists);
    long[] unmapped = new long[1];
    forEachRow(converted.resolve("gazetteer-dbpedia.tsv"), 2, f -> {
      int bits = bits(f[1], dbpediaBits);
      if (bits == 0) {
        unmapped[0]++;
      } else {
        phrases.add(f[0], bits);
      }
    });
    forEachRow(converted.resolve("gazetteer-nlp4j.tsv"), 2, f -> {
      // The NLP4J gazetteers are cased; everything else here is lower case.
      String phrase = LexiconKeys.lower(f[0]);
      for (String type : f[1].split(",", -1)) {
        if (titleSet.contains(type)) {
          titles.add(phrase);
          break;
        }
      }
      int bits = bits(f[1], nlp4jBits);
      if (bits == 0) {
        unmapped[0]++;
      } else {
        phrases.add(phrase, bits);
      }
    });
    if (!cityType.isEmpty()) {
      int cityBit = phrases.bit(cityType);
      forEachRow(converted.resolve("cities.tsv"), 7, f -> {
        phrases.add(cityPhrase(f[0]), cityBit);
        if (!noCityDivisions && !f[3].isEmpty()) {
          phrases.add(cityPhrase(f[3]), cityBit);
        }
      });
    }
    String[] sorted = phrases.types.keySet().toArray(new String[0]);
    Arrays.sort(sorted, Text.CODE_POINT_ORDER);
    try (TsvWriter w = new TsvWriter(out.resolve(NAMES))) {
      for (String phrase : sorted) {
        w.row(phrase, phrases.typeList(phrases.types.get(phrase)));
      }
      w.commit();
    }
    System.err.printf("%s: %d phrases; dropped: %d with no type mapped, %s%n", NAMES, sorted.length, unmapped[0],
        phrases.dropped);
  }

  /** A type name must fit the gazetteer format: types are separated by commas, a line by a TAB. */
  private static void checkTypeName(String type) {
    if (type.isEmpty() || type.chars().anyMatch(c -> c == ',' || Text.isSpace(c))) {
      throw new IllegalArgumentException("a type name must be non-empty, without commas or white space: '" + type + "'");
    }
  }

  /** Bits of the model types of each source type. */
  private static Map<String, Integer> typeBits(Phrases phrases, Map<String, String> mapping) {
    Map<String, Integer> bits = new HashMap<>();
    mapping.forEach((source, model) -> bits.put(source, phrases.bit(model)));
    return bits;
  }

  private static int bits(String sourceTypes, Map<String, Integer> typeBits) {
    int bits = 0;
    for (String type : sourceTypes.split(",", -1)) {
      bits |= typeBits.getOrDefault(type, 0);
    }
    return bits;
  }

  private static final Pattern HYPHEN = Pattern.compile(Text.SPACE_CLASS + "*-" + Text.SPACE_CLASS + "*");
  private static final Pattern SPACES = Pattern.compile(Text.SPACE_CLASS + "+");

  /**
   * A city name as gazetteer tokens: split at white space and around hyphens ("Winston-Salem" is
   * {@code winston - salem}, as the gazetteers and OntoNotes tokenize it), lower-cased.
   */
  static String cityPhrase(String name) {
    String spaced = SPACES.matcher(HYPHEN.matcher(name).replaceAll(" - ")).replaceAll(" ");
    return LexiconKeys.lower(Text.strip(spaced));
  }

  private void writeTitles(Pattern junkPattern, Set<String> titles) throws IOException {
    try (BufferedReader reader = extraTitles == null
        ? new BufferedReader(new InputStreamReader(bundledExtraTitles(), StandardCharsets.UTF_8))
        : Files.newBufferedReader(extraTitles, StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          titles.add(line);
        }
      }
    }
    String[] sorted = titles.toArray(new String[0]);
    Arrays.sort(sorted, Text.CODE_POINT_ORDER);
    long dropped = 0;
    try (TsvWriter w = new TsvWriter(out.resolve(TITLES))) {
      for (String title : sorted) {
        // Unlike names, titles are kept at any length: they are a short curated list.
        if (title.isEmpty() || junkPattern.matcher(title).find() || title.contains("  ") || !Text.strip(title).equals(title)) {
          dropped++;
        } else {
          w.row(title, titleType);
        }
      }
      w.commit();
    }
    System.err.printf("%s: %d titles, %d dropped%n", TITLES, sorted.length - dropped, dropped);
  }

  private static InputStream bundledExtraTitles() throws IOException {
    InputStream in = ModelLexiconsCommand.class.getResourceAsStream(EXTRA_TITLES_RESOURCE);
    if (in == null) {
      throw new IOException("resource " + EXTRA_TITLES_RESOURCE + " missing from the class path");
    }
    return in;
  }

  /** First names in first-names.tsv's order, each with the class of its SSA count and Moby membership. */
  private void writeFirstNames(Set<String> common) throws IOException {
    long[] counts = new long[3]; // written, common words, no class
    try (TsvWriter w = new TsvWriter(out.resolve(FIRST_NAMES))) {
      forEachRow(converted.resolve("first-names.tsv"), 6, f -> {
        long births = (f[2].isEmpty() ? 0 : Long.parseLong(f[2])) + (f[3].isEmpty() ? 0 : Long.parseLong(f[3]));
        String className = (births > 0 ? "s" + Math.min(firstNameMaxClass, Long.toString(births).length() - 1) : "")
            + (f[1].contains("moby") ? "m" : "");
        if (common.contains(f[0])) {
          counts[1]++;
        } else if (className.isEmpty()) {
          counts[2]++; // a word-class line needs a class
        } else {
          w.row(f[0], className);
          counts[0]++;
        }
      });
      w.commit();
    }
    System.err.printf("%s: %d names; dropped: %d common words, %d without a class%n", FIRST_NAMES, counts[0], counts[1],
        counts[2]);
  }

  /** Copies a file through a temporary sibling, so a failed copy leaves no partial file under the name. */
  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.toAbsolutePath().getParent());
    Path temp = to.resolveSibling(to.getFileName() + ".part");
    Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
    Files.move(temp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Reads every output back as the runtime will, which fails on a line it would refuse. */
  private void check() throws IOException {
    for (String name : List.of(NAMES, TITLES)) {
      try (InputStream in = Files.newInputStream(out.resolve(name))) {
        PhraseTable table = PhraseTable.read(in, name);
        System.err.printf("check %s: %d phrases of up to %d tokens, %d types%n", name, table.size(), table.maxTokens(),
            table.typeCount());
      }
    }
    List<String> classFiles = new ArrayList<>(List.of(FIRST_NAMES));
    classFiles.addAll(wordClasses.keySet());
    for (String name : classFiles) {
      try (InputStream in = Files.newInputStream(out.resolve(name))) {
        WordClasses classes = WordClasses.read(in, name);
        System.err.printf("check %s: %d words, %d classes%n", name, classes.size(), classes.classCount());
      }
    }
  }

  /** A consumer of a row's fields that may fail with an IOException. */
  @FunctionalInterface
  private interface RowConsumer {
    void accept(String[] fields) throws IOException;
  }

  /** Calls {@code consumer} with the fields of every line of a converted TSV file, which must have {@code columns} fields. */
  private static void forEachRow(Path file, int columns, RowConsumer consumer) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        String[] fields = line.split("\t", -1);
        if (fields.length != columns) {
          throw new IOException(file + ", line " + number + ": expected " + columns + " TAB-separated fields, got "
              + fields.length);
        }
        consumer.accept(fields);
      }
    }
  }
}
