package org.nerkit.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.nerkit.document.Document;
import org.nerkit.util.MentionText;

/**
 * Names of countries and their nationalities, linked to ISO 3166 codes.
 *
 * <p>The list of countries and their alpha-3 codes comes from {@link java.util.Locale}: the JDK's
 * copy of Unicode CLDR, maintained with every Java release, so nerkit needs no extra dependency
 * and no hand-typed code table. The resource files next to this class add what CLDR lacks: cleaner
 * short names, the names people write ("U.S.", "Britain", "Burma"), demonyms, and former states.
 * Immutable and thread-safe; the bundled tables are loaded once.
 */
final class CountryGazetteer {
  private final Map<String, CountryInfo> byCode;
  private final Map<String, CountryInfo> countryNames;
  private final Map<String, CountryInfo> countryNamesUpper;
  private final Map<String, CountryInfo> demonyms;
  private final Map<String, CountryInfo> demonymsUpper;
  private final Map<String, String> placeCountries;
  private final Set<String> ambiguousNames;
  private final Set<String> languageNames;
  private final Set<String> usStateCues;

  /** Every country name and demonym, folded and upper-cased, sorted: to stop scanning when no name can match. */
  private final String[] upperNames;

  /** Longest country name or demonym, in tokens ("United Kingdom of Great Britain and Northern Ireland"). */
  private static final int MAX_NAME_TOKENS = 9;

  private CountryGazetteer(Map<String, CountryInfo> byCode, Map<String, CountryInfo> countryNames,
      Map<String, CountryInfo> demonyms, Map<String, String> placeCountries, Set<String> ambiguousNames,
      Set<String> languageNames, Set<String> usStateCues) {
    this.byCode = Map.copyOf(byCode);
    this.countryNames = Map.copyOf(countryNames);
    this.countryNamesUpper = upperCased(countryNames);
    this.demonyms = Map.copyOf(demonyms);
    this.demonymsUpper = upperCased(demonyms);
    this.placeCountries = Map.copyOf(placeCountries);
    this.ambiguousNames = Set.copyOf(ambiguousNames);
    this.languageNames = Set.copyOf(languageNames);
    this.usStateCues = Set.copyOf(usStateCues);
    this.upperNames = java.util.stream.Stream.concat(countryNames.keySet().stream(), demonyms.keySet().stream())
        .map(name -> MentionText.fold(name).toUpperCase(Locale.ROOT)).distinct().sorted().toArray(String[]::new);
  }

  /** The bundled English tables, loaded on first use. */
  static CountryGazetteer english() {
    return Bundled.INSTANCE;
  }

  /** Lazy holder: loads the tables once, on first use, without any mutable static state. */
  private static final class Bundled {
    static final CountryGazetteer INSTANCE = load();
  }

  /** The country a country-name mention refers to ("the United States", "Russia's", "U.S."). */
  Optional<CountryInfo> country(String mention) {
    return lookup(mention, countryNames, countryNamesUpper);
  }

  /** The country a nationality mention refers to ("Russian", "Afghans", "British"). */
  Optional<CountryInfo> nationality(String mention) {
    return lookup(mention, demonyms, demonymsUpper);
  }

  /** The country a city, region or US state lies in ("Moscow" → RU, "Texas" → US), when known. */
  Optional<String> countryOfPlace(String mention) {
    String key = MentionText.fold(mention);
    String code = placeCountries.get(key);
    if (code == null && isAllCaps(key)) {
      code = placeCountries.get(titleCase(key));
    }
    return Optional.ofNullable(code);
  }

  /**
   * Country names and demonyms in a document, longest match first, aligned to tokens. Matches may
   * be several tokens long and span a line break ("United\nStates") or a hyphen ("Guinea-Bissau"),
   * never a sentence end.
   */
  List<GazetteerMatch> find(Document document) {
    String text = document.text();
    List<GazetteerMatch> matches = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    for (int sentence = 0; sentence < document.sentenceCount(); sentence++) {
      int count = document.endToken(sentence);
      int t = document.firstToken(sentence);
      while (t < count) {
        GazetteerMatch longest = null;
        int longestTokens = 0;
        key.setLength(0);
        for (int n = 1; n <= MAX_NAME_TOKENS && t + n <= count; n++) {
          int tokenStart = document.tokenStart(t + n - 1);
          if (n > 1 && isPossessive(text, tokenStart, document.tokenEnd(t + n - 1))) {
            break; // "Congo's": the name ends before the possessive
          }
          if (n > 1) {
            if (tokenStart > document.tokenEnd(t + n - 2)) {
              key.append(' ');
            }
          }
          key.append(text, tokenStart, document.tokenEnd(t + n - 1));
          if (key.length() > 80) {
            break;
          }
          GazetteerMatch match = match(key.toString(), document.tokenStart(t), document.tokenEnd(t + n - 1));
          if (match != null) {
            longest = match;
            longestTokens = n;
          }
          if (!couldStartName(key)) {
            break; // no name begins with these tokens, so no longer run of them is one
          }
        }
        boolean article = isArticle(text, document.tokenStart(t), document.tokenEnd(t));
        if (longest != null && article && !isMultiWordName(text, longest, document.tokenEnd(t))) {
          longest = null; // "the U.S.", "the Netherlands": the article is not part of the name
        }
        if (longest == null && !article) {
          longest = prefixedName(text, document.tokenStart(t), document.tokenEnd(t));
          longestTokens = 1;
        }
        if (longest != null) {
          matches.add(longest);
          t += longestTokens;
        } else {
          t++;
        }
      }
    }
    return matches;
  }

  /**
   * Whether some country name or demonym, in any case, begins with {@code key} (ignoring a
   * leading "the" and a trailing apostrophe, as lookups do). Most capitalized words begin none,
   * and this spares the lookups of every longer run of tokens after them.
   */
  private boolean couldStartName(CharSequence key) {
    String upper = key.toString().replace('\u2019', '\'').toUpperCase(Locale.ROOT);
    if (upper.equals("THE")) {
      return true;
    }
    if (upper.startsWith("THE ")) {
      upper = upper.substring(4);
    }
    if (upper.endsWith("'")) {
      upper = upper.substring(0, upper.length() - 1);
    }
    int at = java.util.Arrays.binarySearch(upperNames, upper);
    if (at >= 0) {
      return true;
    }
    int insertion = -at - 1;
    return insertion < upperNames.length && upperNames[insertion].startsWith(upper);
  }

  private static boolean isMultiWordName(String text, GazetteerMatch match, int articleEnd) {
    return takesArticle(text.substring(articleEnd, match.end()));
  }

  /**
   * As in OntoNotes, "the" belongs to multi-word official names ("the United States", "the
   * Soviet Union", "the Czech Republic") but not to abbreviations or one-word names.
   */
  static boolean takesArticle(String name) {
    String[] words = WHITE_SPACE.split(name.strip());
    if (words.length < 2) {
      return false;
    }
    for (String word : words) {
      if (ARTICLE_NAME_WORDS.contains(word)) {
        return true;
      }
    }
    return false; // "the Hong Kong government": the article belongs to "government"
  }

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+"); // compiled once, unlike String.split's

  /** Words of the names that take "the" themselves: "the United States", "the Czech Republic". */
  private static final Set<String> ARTICLE_NAME_WORDS = Set.of(
      "United", "Union", "Republic", "Kingdom", "States", "Emirates", "Federation", "Islands", "Soviet", "People's",
      "Democratic", "Commonwealth", "Federated", "Confederation");

  /** "ex-Soviet", "pro-Russian", "anti-American": the name after a hyphenated prefix. */
  private GazetteerMatch prefixedName(String text, int start, int end) {
    if (!Character.isLowerCase(text.charAt(start))) {
      return null;
    }
    int hyphen = -1;
    for (int k = start + 1; k < Math.min(end - 1, start + 8); k++) { // within the token only
      if (text.charAt(k) == '-') {
        hyphen = k;
        break;
      }
    }
    if (hyphen < 0) {
      return null;
    }
    GazetteerMatch match = match(text.substring(hyphen + 1, end), hyphen + 1, end);
    if (match == null || (match.ambiguous() && match.kind() == GazetteerMatch.Kind.COUNTRY)) {
      return null;
    }
    // After "pro-", "anti-", "ex-" a demonym is a nationality, never a language or a continent.
    return new GazetteerMatch(match.start(), match.end(), match.kind(), match.country(), false);
  }

  private static boolean isArticle(String text, int start, int end) {
    return end - start == 3 && text.regionMatches(true, start, "the", 0, 3);
  }

  private static boolean isPossessive(String text, int start, int end) {
    String token = text.substring(start, end).replace('\u2019', '\'');
    return token.equals("'s") || token.equals("'S") || token.equals("'");
  }

  private GazetteerMatch match(String key, int start, int end) {
    int first = key.regionMatches(true, 0, "the ", 0, 4) ? 4 : 0;
    if (first >= key.length() || !Character.isUpperCase(key.codePointAt(first))) {
      return null; // names are capitalized; "us", "turkey", "chad" are words
    }
    Optional<CountryInfo> country = country(key);
    if (country.isPresent()) {
      return new GazetteerMatch(start, end, GazetteerMatch.Kind.COUNTRY, country.get(), isAmbiguous(key));
    }
    Optional<CountryInfo> demonym = nationality(key);
    return demonym.map(info -> new GazetteerMatch(start, end, GazetteerMatch.Kind.DEMONYM, info,
        isAmbiguous(key) || languageNames.contains(titleCase(MentionText.fold(key))))).orElse(null);
  }

  /** Whether a mention is exactly a country name that only ever names that country. */
  boolean isUnambiguousCountryName(String mention) {
    return country(mention).isPresent() && !isAmbiguous(mention);
  }

  private boolean isAmbiguous(String key) {
    String folded = MentionText.fold(key);
    return ambiguousNames.contains(folded) || ambiguousNames.contains(titleCase(folded));
  }

  /**
   * Names that point to more than one place are settled by the rest of the document: "Georgia"
   * is the U.S. state when the text names other U.S. states or Atlanta, else the country;
   * "Congo" is the Republic of the Congo when the text names Brazzaville, else the DR Congo.
   *
   * @return the country, or empty when the context says the name is not a country here
   */
  Optional<CountryInfo> countryInContext(String mention, String documentText) {
    return countryInContext(mention, context(documentText));
  }

  /** As {@link #countryInContext(String, String)}, reading the document once for all its mentions. */
  Optional<CountryInfo> countryInContext(String mention, DocumentContext context) {
    String key = MentionText.fold(mention);
    String title = titleCase(key);
    if (title.equals("Georgia") && context.namesUsStates()) {
      return Optional.empty();
    }
    if (title.equals("Congo")) {
      return byCode(context.namesBrazzaville() ? "CG" : "CD");
    }
    return country(mention);
  }

  /** The document's context for ambiguous names; each fact is looked up in the text once, when first needed. */
  DocumentContext context(String documentText) {
    return new DocumentContext(documentText);
  }

  /**
   * What a document says that settles ambiguous names, read from its text at most once per fact
   * however many mentions ask. One per document, used by one thread.
   */
  final class DocumentContext {
    private final String text;
    private Boolean usStates;
    private Boolean brazzaville;

    private DocumentContext(String text) {
      this.text = Objects.requireNonNull(text, "documentText");
    }

    boolean namesUsStates() {
      if (usStates == null) {
        usStates = mentionsAny(text, usStateCues);
      }
      return usStates;
    }

    boolean namesBrazzaville() {
      if (brazzaville == null) {
        brazzaville = text.contains("Brazzaville") || text.contains("BRAZZAVILLE");
      }
      return brazzaville;
    }
  }

  private static boolean mentionsAny(String text, Set<String> cues) {
    for (String cue : cues) {
      int at = text.indexOf(cue);
      while (at >= 0) {
        boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
        int after = at + cue.length();
        boolean endsWord = after >= text.length() || !Character.isLetter(text.charAt(after));
        if (startsWord && endsWord) {
          return true;
        }
        at = text.indexOf(cue, at + 1);
      }
    }
    return false;
  }

  private static String titleCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }

  Optional<CountryInfo> byCode(String alpha2) {
    return Optional.ofNullable(byCode.get(alpha2));
  }

  /** Every country: the current ISO 3166-1 ones and the historical ones. */
  Collection<CountryInfo> countries() {
    return byCode.values();
  }

  /**
   * Exact written form first; an ALL-CAPS mention (a headline) may match any case. Lower-case
   * text never matches a capitalized name: "us" is not the U.S., "turkey" is not Turkey.
   */
  private static Optional<CountryInfo> lookup(String mention, Map<String, CountryInfo> exact, Map<String, CountryInfo> upper) {
    String key = MentionText.fold(mention);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    CountryInfo hit = exact.get(key);
    if (hit == null && isAllCaps(key)) {
      hit = upper.get(key);
    }
    return Optional.ofNullable(hit);
  }

  private static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  private static Map<String, CountryInfo> upperCased(Map<String, CountryInfo> names) {
    Map<String, CountryInfo> upper = new HashMap<>();
    names.forEach((name, info) -> upper.putIfAbsent(name.toUpperCase(Locale.ROOT), info));
    return Map.copyOf(upper);
  }

  private static CountryGazetteer load() {
    Map<String, String> nameOverrides = new HashMap<>();
    readTable("country-names.tsv", 2, (fields, where) -> nameOverrides.put(fields[0], fields[1]));
    Map<String, String> numericCodes = new HashMap<>();
    readTable("iso3166-numeric.tsv", 2, (fields, where) -> numericCodes.put(fields[0], fields[1]));

    Map<String, CountryInfo> byCode = new LinkedHashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale locale = new Locale("", alpha2);
      String name = nameOverrides.getOrDefault(alpha2, locale.getDisplayCountry(Locale.ENGLISH));
      String numeric = numericCodes.get(alpha2);
      if (numeric == null) {
        throw new IllegalStateException("iso3166-numeric.tsv has no numeric code for " + alpha2 + "; regenerate it");
      }
      byCode.put(alpha2, new CountryInfo(alpha2, locale.getISO3Country(), numeric, name, false));
    }
    // Kosovo has a user-assigned code that every news source uses but ISO does not list.
    byCode.putIfAbsent("XK", new CountryInfo("XK", "XKX", numericCodes.getOrDefault("XK", "983"), "Kosovo", false));
    readTable("historical-countries.tsv", 4,
        (fields, where) -> byCode.put(fields[0], new CountryInfo(fields[0], fields[1], fields[2], fields[3], true)));

    Map<String, CountryInfo> names = new HashMap<>();
    for (CountryInfo info : byCode.values()) {
      names.put(MentionText.fold(info.name()), info);
      String cldrName = new Locale("", info.alpha2()).getDisplayCountry(Locale.ENGLISH);
      if (!info.historical() && !cldrName.equals(info.alpha2())) {
        names.putIfAbsent(MentionText.fold(cldrName), info);
      }
    }
    readTable("country-aliases.tsv", 2, (fields, where) -> names.put(MentionText.fold(fields[1]), known(byCode, fields[0], where)));

    Map<String, CountryInfo> demonyms = new HashMap<>();
    readTable("demonyms.tsv", 2, (fields, where) -> {
      CountryInfo previous = demonyms.put(MentionText.fold(fields[1]), known(byCode, fields[0], where));
      if (previous != null && !previous.alpha2().equals(fields[0])) {
        throw new IllegalStateException(where + ": demonym " + fields[1] + " already names " + previous.alpha2());
      }
    });
    Map<String, String> places = new HashMap<>();
    readTable("places.tsv", 2, (fields, where) -> places.put(MentionText.fold(fields[1]), known(byCode, fields[0], where).alpha2()));
    Set<String> ambiguous = new HashSet<>();
    readTable("ambiguous-names.tsv", 1, (fields, where) -> ambiguous.add(fields[0]));
    Set<String> languages = new HashSet<>();
    readTable("language-names.tsv", 1, (fields, where) -> languages.add(fields[0]));
    Set<String> usStates = new HashSet<>();
    readTable("us-state-cues.tsv", 1, (fields, where) -> usStates.add(fields[0]));
    return new CountryGazetteer(byCode, names, demonyms, places, ambiguous, languages, usStates);
  }

  private static CountryInfo known(Map<String, CountryInfo> byCode, String alpha2, String where) {
    CountryInfo info = byCode.get(alpha2);
    if (info == null) {
      throw new IllegalStateException(where + ": unknown country code " + alpha2);
    }
    return info;
  }

  /** Reads a bundled tab-separated table, skipping comments; a malformed line fails naming file and line. */
  private static void readTable(String resource, int columns, BiConsumer<String[], String> row) {
    try (InputStream in = CountryGazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("country table " + resource + " is missing from the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        String where = resource + ":" + number;
        if (fields.length != columns || java.util.Arrays.stream(fields).anyMatch(String::isBlank)) {
          throw new IllegalStateException(where + ": expected " + columns + " tab-separated columns: " + line);
        }
        row.accept(fields, where);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read country table " + resource, e);
    }
  }
}
