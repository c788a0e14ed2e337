package org.nerkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nerkit.EntityExtractor;
import org.nerkit.EntityType;
import org.nerkit.jsonl.JsonLines;

/** nerkit's Spark functions in local mode, checked field by field against nerkit's JSON output. */
class NerkitSparkTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StructType DOCUMENTS = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, true)
      .add("published", DataTypes.DateType, true);
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 9, 11);
  /** Short news items that between them produce every type and every field of the JSON. */
  private static final Map<String, String> TEXTS = new LinkedHashMap<>();

  static {
    TEXTS.put("geneva", "The ceasefire held from 1992 to 1995, and talks in Geneva ran between March and May, "
        + "officials said on Tuesday.");
    TEXTS.put("baghdad", "Shiite and Sunni leaders met in Baghdad after 20 years of talks. Iraqi officials said "
        + "the United States would send aid.");
    TEXTS.put("senate", "Republicans in Washington met quarterly; Senator Mitch McConnell said the Soviet Union "
        + "collapsed in 1991, and the World Health Organization agreed.");
  }

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("NerkitSparkTest")
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

  private static Dataset<Row> documents() {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("geneva", TEXTS.get("geneva"), Date.valueOf(PUBLISHED)));
    rows.add(RowFactory.create("baghdad", TEXTS.get("baghdad"), null));
    rows.add(RowFactory.create("senate", TEXTS.get("senate"), Date.valueOf(PUBLISHED)));
    rows.add(RowFactory.create("empty", null, null));
    return spark.createDataFrame(rows, DOCUMENTS).repartition(2); // two tasks at once in local[2]
  }

  @Test
  void theResultColumnHasEveryFieldOfTheJsonRecord() throws Exception {
    int loadsBefore = NerkitSpark.modelLoads();
    List<Row> results = NerkitSpark.english().withEntities(documents(), "text", "published", "nerkit")
        .select("id", "nerkit").collectAsList();
    Map<String, Row> byId = results.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r.getStruct(1)));
    assertEquals(Set.of("geneva", "baghdad", "senate", "empty"), byId.keySet());

    EntityExtractor extractor = EntityExtractor.english();
    JsonLines json = new JsonLines();
    Set<String> typesSeen = new java.util.HashSet<>();
    Set<String> fieldsSeen = new java.util.HashSet<>();
    for (Map.Entry<String, String> text : TEXTS.entrySet()) {
      String id = text.getKey();
      boolean dated = !id.equals("baghdad");
      JsonNode expected = JSON.readTree(json.result(id,
          dated ? extractor.extract(text.getValue(), PUBLISHED) : extractor.extract(text.getValue())));
      Row actual = byId.get(id);
      assertNull(actual.getAs("error"));
      assertEquals(1, actual.<Integer>getAs("schemaVersion"));
      assertEquals(expected.path("referenceDate").asText(null), actual.getAs("referenceDate"));
      assertEquals(expected.path("referenceDateSource").asText(null), actual.getAs("referenceDateSource"));
      List<Row> entities = actual.getList(actual.fieldIndex("entities"));
      assertEquals(expected.get("entities").size(), entities.size(), id);
      for (int k = 0; k < entities.size(); k++) {
        Map<String, String> fromJson = fields(expected.get("entities").get(k));
        assertEquals(fromJson, fields(entities.get(k)), id + " entity " + k);
        typesSeen.add(fromJson.get("type"));
        fieldsSeen.addAll(fromJson.keySet());
      }
    }
    // The documents do cover what the JSON can say, so the comparison above covers it too.
    assertEquals(Set.of("PERSON", "ORGANIZATION", "COUNTRY", "NATIONALITY", "GROUP", "LOCATION", "DATE", "DURATION"), typesSeen);
    assertEquals(Set.of(NerkitSpark.ENTITY.fieldNames()), fieldsSeen);

    Row empty = byId.get("empty");
    assertEquals("text is null", empty.getAs("error"));
    assertNull(empty.getAs("entities"));
    // Two partitions extracted in this JVM at once, and its models were loaded once.
    assertTrue(NerkitSpark.modelLoads() - loadsBefore <= 1);
  }

  @Test
  void entityRowsAreOneRowPerMentionWithTheDocumentsKeys() {
    Dataset<Row> documents = documents().withColumn("day", col("published").cast(DataTypes.StringType));
    List<Row> rows = NerkitSpark.english().entityRows(documents, "text", "day", "id", "day").collectAsList();
    assertEquals("id", rows.get(0).schema().fieldNames()[0]);
    assertEquals("day", rows.get(0).schema().fieldNames()[1]);
    assertEquals(List.of(NerkitSpark.ENTITY.fieldNames()),
        List.of(rows.get(0).schema().fieldNames()).subList(2, rows.get(0).schema().size()));
    Map<String, Integer> perDocument = new HashMap<>();
    for (Row row : rows) {
      String text = TEXTS.get(row.<String>getAs("id"));
      assertEquals(text.substring(row.<Integer>getAs("start"), row.<Integer>getAs("end")), row.getAs("text"));
      perDocument.merge(row.getAs("id"), 1, Integer::sum);
    }
    assertEquals(TEXTS.keySet(), perDocument.keySet());
    Row range = rows.stream().filter(r -> r.getAs("text").equals("1992 to 1995")).findFirst().orElseThrow();
    assertEquals("1992", range.getAs("value"));
    assertEquals("1995", range.getAs("rangeEnd"));
    Row tuesday = rows.stream().filter(r -> r.getAs("text").equals("Tuesday")).findFirst().orElseThrow();
    assertEquals("2024-09-10", tuesday.getAs("value")); // from the string date column
    assertEquals(true, tuesday.getAs("relative"));
  }

  @Test
  void optionsReachTheExecutors() {
    List<Row> rows = NerkitSpark.english().types(EntityType.COUNTRY).minConfidence(0.5)
        .entityRows(documents(), "text", "published", "id").collectAsList();
    assertTrue(rows.size() >= 2, rows.toString());
    for (Row row : rows) {
      assertEquals("COUNTRY", row.getAs("type"));
      assertTrue(row.<Double>getAs("confidence") >= 0.5);
    }
  }

  /** The fields of an entity that are set, as strings: JSON nulls and absent fields alike left out. */
  private static Map<String, String> fields(JsonNode entity) {
    Map<String, String> fields = new TreeMap<>();
    entity.fields().forEachRemaining(f -> {
      if (!f.getValue().isNull()) {
        fields.put(f.getKey(), f.getValue().asText());
      }
    });
    return fields;
  }

  private static Map<String, String> fields(Row entity) {
    Map<String, String> fields = new TreeMap<>();
    for (String name : entity.schema().fieldNames()) {
      Object value = entity.getAs(name);
      if (value != null) {
        fields.put(name, value.toString());
      }
    }
    return fields;
  }
}
