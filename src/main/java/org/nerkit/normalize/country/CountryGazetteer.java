package org.nerkit.normalize.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
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
public final class CountryGazetteer {
  private final Map<String, CountryInfo> byCode;
  private final Map<String, CountryInfo> countryNames;
  private final Map<String, CountryInfo> countryNamesUpper;
  private final Map<String, CountryInfo> demonyms;
  private final Map<String, CountryInfo> demonymsUpper;

  private CountryGazetteer(Map<String, CountryInfo> byCode, Map<String, CountryInfo> countryNames,
      Map<String, CountryInfo> demonyms) {
    this.byCode = Map.copyOf(byCode);
    this.countryNames = Map.copyOf(countryNames);
    this.countryNamesUpper = upperCased(countryNames);
    this.demonyms = Map.copyOf(demonyms);
    this.demonymsUpper = upperCased(demonyms);
  }

  /** The bundled English tables, loaded on first use. */
  public static CountryGazetteer english() {
    return Bundled.INSTANCE;
  }

  /** Lazy holder: loads the tables once, on first use, without any mutable static state. */
  private static final class Bundled {
    static final CountryGazetteer INSTANCE = load();
  }

  /** The country a country-name mention refers to ("the United States", "Russia's", "U.S."). */
  public Optional<CountryInfo> country(String mention) {
    return lookup(mention, countryNames, countryNamesUpper);
  }

  /** The country a nationality mention refers to ("Russian", "Afghans", "British"). */
  public Optional<CountryInfo> nationality(String mention) {
    return lookup(mention, demonyms, demonymsUpper);
  }

  public Optional<CountryInfo> byCode(String alpha2) {
    return Optional.ofNullable(byCode.get(alpha2));
  }

  /** Every country: the current ISO 3166-1 ones and the historical ones. */
  public Collection<CountryInfo> countries() {
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

    Map<String, CountryInfo> byCode = new LinkedHashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale locale = new Locale("", alpha2);
      String name = nameOverrides.getOrDefault(alpha2, locale.getDisplayCountry(Locale.ENGLISH));
      byCode.put(alpha2, new CountryInfo(alpha2, locale.getISO3Country(), name, false));
    }
    // Kosovo has a user-assigned code that every news source uses but ISO does not list.
    byCode.putIfAbsent("XK", new CountryInfo("XK", "XKX", "Kosovo", false));
    readTable("historical-countries.tsv", 3,
        (fields, where) -> byCode.put(fields[0], new CountryInfo(fields[0], fields[1], fields[2], true)));

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
    return new CountryGazetteer(byCode, names, demonyms);
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
