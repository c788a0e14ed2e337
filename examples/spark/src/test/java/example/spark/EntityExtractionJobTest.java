package example.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nerkit.spark.NerkitSpark;

/** Runs the job in Spark local mode on a few short news items and checks what it wrote. */
class EntityExtractionJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("EntityExtractionJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void jsonLinesToParquet(@TempDir Path dir) throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    LocalDate published = LocalDate.of(2025, 6, 11);
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("ap-0412", "Chilean President Gabriel Boric met Prime Minister Mark Carney in Ottawa on Tuesday. "
        + "Chile and Canada agreed to expand lithium trade, Boric told reporters.");
    texts.put("dw-7781", "The World Health Organization said on Friday that Vietnam had reported no new cases "
        + "of bird flu since March. Health Minister Dao Hong Lan thanked WHO staff in Hanoi.");
    texts.put("42", "Norway's sovereign wealth fund posted a record profit in 2024, chief executive "
        + "Nicolai Tangen said in Oslo on Wednesday. The fund has grown for 20 years; from 2020 to 2022 "
        + "Republicans in Washington criticised it quarterly.");

    // Two files, so two partitions extract at once in local[2]; the first holds two bad lines.
    String malformed = "{\"text\": \"Talks in Paris";
    List<String> first = List.of(
        line(Map.of("id", "ap-0412", "text", texts.get("ap-0412"), "referenceDate", published.toString())),
        malformed,
        line(Map.of("id", "dw-7781", "text", texts.get("dw-7781"))),
        line(Map.of("id", "no-text", "referenceDate", published.toString())));
    Files.write(input.resolve("wire-1.jsonl"), first, StandardCharsets.UTF_8);
    // A numeric id is accepted, as by the nerkit command line; a bad line keeps the id it gives.
    Files.writeString(input.resolve("wire-2.jsonl"),
        "{\"id\": 42, \"text\": " + JSON.writeValueAsString(texts.get("42")) + ", \"referenceDate\": \"2025-01-30\"}\n"
        + "{\"id\": \"bad-date\", \"text\": \"Rain in Oslo.\", \"referenceDate\": \"2024-02-30\"}\n");
    long malformedOffset = byteOffset(first, 1);

    Path output = dir.resolve("out");
    EntityExtractionJob.Summary summary = EntityExtractionJob.run(spark,
        EntityExtractionJob.Options.parse(input.toString(), output.toString(), "--format", "parquet"));

    // Every input line has a documents row. A bad one carries its error and, like the nerkit
    // command line's error records, the id the line gave, else where it is: FILE@BYTE_OFFSET.
    Map<String, Row> documents = byDocId(spark.read().parquet(output.resolve("documents").toString()).collectAsList());
    String malformedId = "wire-1.jsonl@" + malformedOffset;
    String noTextId = "no-text";
    Set<String> expectedIds = new HashSet<>(texts.keySet());
    expectedIds.add(malformedId);
    expectedIds.add(noTextId);
    expectedIds.add("bad-date");
    assertEquals(expectedIds, documents.keySet());
    assertEquals(new EntityExtractionJob.Summary(6, 3, summary.entities()), summary);
    assertTrue(documents.get("bad-date").<String>getAs("error").contains("2024-02-30"));

    Row broken = documents.get(malformedId);
    assertTrue(broken.<String>getAs("error").startsWith("malformed JSON"), broken.toString());
    assertEquals(malformedOffset, broken.<Long>getAs("offset"));
    assertTrue(broken.<String>getAs("source").endsWith("/wire-1.jsonl"), broken.toString());
    assertNull(broken.getAs("entityCount"));
    assertEquals("missing \"text\"", documents.get(noTextId).getAs("error"));
    for (String id : texts.keySet()) {
      assertNull(documents.get(id).getAs("error"), id);
    }
    assertEquals(published.toString(), documents.get("ap-0412").getAs("referenceDate"));
    assertEquals("GIVEN", documents.get("ap-0412").getAs("referenceDateSource"));

    List<Row> entities = spark.read().parquet(output.resolve("entities").toString()).collectAsList();
    assertEquals(summary.entities(), entities.size());
    checkOffsetsAndCounts(entities, texts, documents);

    String ap = texts.get("ap-0412");
    Row boric = only(entities, e -> e.getAs("docId").equals("ap-0412") && e.getAs("text").equals("Gabriel Boric"));
    assertEquals("PERSON", boric.getAs("type"));
    assertEquals(ap.indexOf("Gabriel Boric"), boric.<Integer>getAs("start"));
    // A later "Boric" is the same person: same entityId, full name as canonical.
    Row laterBoric = only(entities, e -> e.getAs("docId").equals("ap-0412") && e.getAs("text").equals("Boric"));
    assertEquals(boric.<String>getAs("entityId"), laterBoric.getAs("entityId"));
    assertEquals("Gabriel Boric", laterBoric.getAs("canonical"));
    assertNull(boric.getAs("countryCode"));

    Row chile = only(entities, e -> e.getAs("docId").equals("ap-0412") && e.getAs("type").equals("COUNTRY")
        && e.getAs("text").equals("Chile"));
    assertEquals("CL", chile.getAs("countryCode"));
    assertEquals("Chile", chile.getAs("countryName")); // as in the JSON: a country has no "canonical"
    assertNull(chile.getAs("value"));
    Row chilean = only(entities, e -> e.getAs("docId").equals("ap-0412") && e.getAs("text").equals("Chilean"));
    assertEquals("NATIONALITY", chilean.getAs("type"));
    assertEquals(chile.<String>getAs("countryCode"), chilean.getAs("countryCode"));

    // "on Tuesday" in a story published on a Wednesday: the day before, from the given referenceDate.
    Row tuesday = only(entities, e -> e.getAs("docId").equals("ap-0412") && e.getAs("type").equals("DATE")
        && e.getAs("text").equals("Tuesday"));
    assertEquals(published.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY)).toString(), tuesday.getAs("value"));
    assertNull(tuesday.getAs("entityId"));

    Row vietnam = only(entities, e -> e.getAs("docId").equals("dw-7781") && e.getAs("text").equals("Vietnam"));
    assertEquals("VN", vietnam.getAs("countryCode"));
    assertEquals(texts.get("dw-7781").indexOf("Vietnam"), vietnam.<Integer>getAs("start"));

    // Every field of nerkit's JSON has its column: durations, groups, ranges, relative dates.
    Row years = only(entities, e -> e.getAs("docId").equals("42") && e.getAs("text").equals("20 years"));
    assertEquals("DURATION", years.getAs("type"));
    assertEquals("P20Y", years.getAs("value"));
    Row range = only(entities, e -> e.getAs("docId").equals("42") && e.getAs("text").equals("2020 to 2022"));
    assertEquals("2020", range.getAs("value"));
    assertEquals("2022", range.getAs("rangeEnd"));
    assertEquals(false, range.getAs("relative"));
    assertEquals(true, tuesday.getAs("relative"));
    assertEquals("GROUP", only(entities, e -> e.getAs("text").equals("Republicans")).getAs("type"));
    Row norway = only(entities, e -> e.getAs("docId").equals("42") && e.getAs("text").equals("Norway"));
    assertEquals("NOR", norway.getAs("countryAlpha3"));
    assertEquals("578", norway.getAs("countryNumeric"));
    assertEquals(false, norway.getAs("historical"));

    // Two partitions ran in this JVM at the same time, and the models were loaded once.
    assertEquals(1, NerkitSpark.modelLoads());
    assertNoTemporaryOutput(dir);
  }

  @Test
  void textFilesToJson(@TempDir Path dir) throws Exception {
    Path input = Files.createDirectories(dir.resolve("texts"));
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("oslo.txt", "Norway's sovereign wealth fund posted a record profit in 2024, chief executive "
        + "Nicolai Tangen said in Oslo on Wednesday.\n");
    texts.put("hanoi.txt", "Vietnam reported no new cases of bird flu, Health Minister Dao Hong Lan told "
        + "reporters in Hanoi.\n");
    for (Map.Entry<String, String> text : texts.entrySet()) {
      Files.writeString(input.resolve(text.getKey()), text.getValue());
    }
    // Latin-1 bytes are not UTF-8: that file must become an error row, not altered text.
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.writeBytes("President Lula visited S".getBytes(StandardCharsets.US_ASCII));
    latin1.write(0xE3); // 'ã' in ISO-8859-1
    latin1.writeBytes("o Paulo.\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(input.resolve("latin1.txt"), latin1.toByteArray());

    Path output = dir.resolve("out");
    // --partitions shuffles the read documents before extraction.
    EntityExtractionJob.Summary summary = EntityExtractionJob.run(spark, EntityExtractionJob.Options.parse(
        input.toString(), output.toString(), "--input-format", "text", "--format", "json", "--partitions", "2"));

    Map<String, Row> documents = byDocId(spark.read().json(output.resolve("documents").toString()).collectAsList());
    assertEquals(Set.of("oslo.txt", "hanoi.txt", "latin1.txt"), documents.keySet());
    assertEquals(new EntityExtractionJob.Summary(3, 1, summary.entities()), summary);
    assertTrue(documents.get("latin1.txt").<String>getAs("error").contains("invalid UTF-8"));

    List<Row> entities = spark.read().json(output.resolve("entities").toString()).collectAsList();
    assertEquals(summary.entities(), entities.size());
    checkOffsetsAndCounts(entities, texts, documents);

    Row oslo = only(entities, e -> e.getAs("docId").equals("oslo.txt") && e.getAs("text").equals("Oslo"));
    assertEquals("LOCATION", oslo.getAs("type"));
    assertEquals("NO", oslo.getAs("countryCode"));
    Row tangen = only(entities, e -> e.getAs("docId").equals("oslo.txt") && e.getAs("text").equals("Nicolai Tangen"));
    assertEquals("PERSON", tangen.getAs("type"));
    assertEquals(texts.get("oslo.txt").indexOf("Nicolai Tangen"), ((Number) tangen.getAs("start")).intValue());
  }

  @Test
  void aRunThatFailsLeavesNoOutput(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, line(Map.of("id", "1", "text", "Kenya and Uganda signed a border deal.")) + "\n");
    Path output = dir.resolve("out");
    IllegalStateException failure = assertThrows(IllegalStateException.class, () -> EntityExtractionJob.run(spark,
        EntityExtractionJob.Options.parse(input.toString(), output.toString()), () -> {
          throw new IllegalStateException("executor lost");
        }));
    assertEquals("executor lost", failure.getMessage());
    assertFalse(Files.exists(output));
    assertNoTemporaryOutput(dir);

    // With --overwrite, a failed run leaves the previous output as it was.
    Files.createDirectories(output.resolve("documents"));
    assertThrows(IllegalStateException.class, () -> EntityExtractionJob.run(spark,
        EntityExtractionJob.Options.parse(input.toString(), output.toString(), "--overwrite"), () -> {
          throw new IllegalStateException("executor lost");
        }));
    assertTrue(Files.isDirectory(output.resolve("documents")));
    assertNoTemporaryOutput(dir);
  }

  private static void assertNoTemporaryOutput(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      List<String> temporary = files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".tmp-")).toList();
      assertEquals(List.of(), temporary);
    }
  }

  @Test
  void refusesAnExistingOutputBeforeDoingAnyWork(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, line(Map.of("id", "1", "text", "Kenya and Uganda signed a border deal.")) + "\n");
    Path output = Files.createDirectories(dir.resolve("out"));
    EntityExtractionJob.UsageException refused = assertThrows(EntityExtractionJob.UsageException.class,
        () -> EntityExtractionJob.run(spark, EntityExtractionJob.Options.parse(input.toString(), output.toString())));
    assertTrue(refused.getMessage().contains("--overwrite"), refused.getMessage());
    try (var left = Files.list(output)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void rejectsBadCommandLines() {
    Class<EntityExtractionJob.UsageException> usage = EntityExtractionJob.UsageException.class;
    assertThrows(usage, () -> EntityExtractionJob.Options.parse("in", "out", "--format", "csv"));
    assertThrows(usage, () -> EntityExtractionJob.Options.parse("in"));
    assertThrows(usage, () -> EntityExtractionJob.Options.parse("in", "out", "--partitions", "0"));
    assertThrows(usage, () -> EntityExtractionJob.Options.parse("in", "out", "--master"));
    assertThrows(usage, () -> EntityExtractionJob.Options.parse("in", "out", "--colour"));
    assertNull(EntityExtractionJob.Options.parse("--help"));
    EntityExtractionJob.Options defaults = EntityExtractionJob.Options.parse("in", "out");
    assertEquals(EntityExtractionJob.InputFormat.JSONL, defaults.inputFormat());
    assertEquals(EntityExtractionJob.OutputFormat.PARQUET, defaults.format());
    assertNull(defaults.master());
  }

  /**
   * Every mention's text is the document's text at [start, end); every processed document has
   * as many entity rows as its entityCount says, and at least one; failed ones have none.
   */
  private static void checkOffsetsAndCounts(List<Row> entities, Map<String, String> texts, Map<String, Row> documents) {
    Map<String, Integer> perDocument = new HashMap<>();
    for (Row entity : entities) {
      String docId = entity.getAs("docId");
      String text = texts.get(docId);
      assertNotNull(text, "entity of an unknown or failed document: " + entity);
      int start = ((Number) entity.getAs("start")).intValue();
      int end = ((Number) entity.getAs("end")).intValue();
      assertEquals(text.substring(start, end), entity.getAs("text"), entity.toString());
      perDocument.merge(docId, 1, Integer::sum);
    }
    for (String docId : texts.keySet()) {
      assertTrue(perDocument.getOrDefault(docId, 0) > 0, "no entities for " + docId);
      assertEquals(perDocument.get(docId).longValue(), ((Number) documents.get(docId).getAs("entityCount")).longValue());
    }
  }

  private static Map<String, Row> byDocId(List<Row> rows) {
    Map<String, Row> byId = rows.stream().collect(Collectors.toMap(r -> r.getAs("docId"), r -> r));
    assertEquals(rows.size(), byId.size(), "duplicate docId rows");
    return byId;
  }

  private static Row only(List<Row> rows, Predicate<Row> filter) {
    List<Row> matching = rows.stream().filter(filter).toList();
    assertEquals(1, matching.size(), () -> "expected one matching row in " + rows);
    return matching.get(0);
  }

  /** Where line {@code index} starts in the UTF-8 file of these lines. */
  private static long byteOffset(List<String> lines, int index) {
    return lines.subList(0, index).stream().mapToLong(l -> l.getBytes(StandardCharsets.UTF_8).length + 1).sum();
  }

  private static String line(Map<String, String> fields) throws Exception {
    String json = JSON.writeValueAsString(fields);
    assertFalse(json.contains("\n"));
    return json;
  }
}
