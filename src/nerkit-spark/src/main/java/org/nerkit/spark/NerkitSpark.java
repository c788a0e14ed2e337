package org.nerkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.nerkit.Country;
import org.nerkit.Date;
import org.nerkit.Duration;
import org.nerkit.Entity;
import org.nerkit.EntityExtractor;
import org.nerkit.EntityType;
import org.nerkit.Extraction;
import org.nerkit.Location;
import org.nerkit.NamedEntity;
import org.nerkit.Nationality;
import org.nerkit.Organization;
import org.nerkit.Person;

/**
 * nerkit as a Spark SQL function: a column of text in, a column of extraction results out, with
 * every field of nerkit's JSON record; or a table of one row per entity mention.
 *
 * <pre>{@code
 * NerkitSpark nerkit = NerkitSpark.english();
 * Dataset<Row> withEntities = documents.withColumn("nerkit", nerkit.extract(col("text"), col("published")));
 * Dataset<Row> mentions = nerkit.entityRows(documents, "text", "published", "id");
 * }</pre>
 *
 * <p>Each executor JVM loads the models once, on first use, and shares that thread-safe
 * extractor among all its tasks; nothing but these options is serialized. Instances are
 * immutable and serializable.
 */
public final class NerkitSpark implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One entity mention: the fields of an entity in nerkit's JSON output, null where a type has none. */
  public static final StructType ENTITY = new StructType()
      .add("type", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("confidence", DataTypes.DoubleType, false)
      .add("entityId", DataTypes.StringType, true)
      .add("canonical", DataTypes.StringType, true)
      .add("countryCode", DataTypes.StringType, true)
      .add("countryName", DataTypes.StringType, true)
      .add("countryAlpha3", DataTypes.StringType, true)
      .add("countryNumeric", DataTypes.StringType, true)
      .add("historical", DataTypes.BooleanType, true)
      .add("value", DataTypes.StringType, true)
      .add("relative", DataTypes.BooleanType, true)
      .add("rangeEnd", DataTypes.StringType, true);

  /**
   * The extraction of one document: the fields of nerkit's JSON document record (its {@code id}
   * is the caller's own column), or {@code error} and no entities when it could not be extracted.
   */
  public static final StructType RESULT = new StructType()
      .add("schemaVersion", DataTypes.IntegerType, false)
      .add("referenceDate", DataTypes.StringType, true)
      .add("referenceDateSource", DataTypes.StringType, true)
      .add("entities", DataTypes.createArrayType(ENTITY, false), true)
      .add("error", DataTypes.StringType, true);

  /** The version of the fields above; the same as nerkit's JSON {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  private final Settings settings;

  /** The options an executor builds its extractor from: the key of its per-JVM extractor. */
  private record Settings(List<EntityType> types, double minConfidence) implements Serializable {
    EntityExtractor build() {
      LOADS.incrementAndGet();
      EntityExtractor.Builder builder = EntityExtractor.builder().minConfidence(minConfidence);
      if (!types.isEmpty()) {
        builder.types(types);
      }
      return builder.build();
    }
  }

  /** The extractors of this JVM, one per distinct options; built on first use. */
  private static final Map<Settings, EntityExtractor> EXTRACTORS = new ConcurrentHashMap<>();
  private static final AtomicInteger LOADS = new AtomicInteger();

  private NerkitSpark(Settings settings) {
    this.settings = settings;
  }

  /** The bundled English models, every type, any confidence. */
  public static NerkitSpark english() {
    return new NerkitSpark(new Settings(List.of(), 0.0));
  }

  /** Only these types (default: all). */
  public NerkitSpark types(EntityType first, EntityType... rest) {
    EnumSet<EntityType> types = EnumSet.of(first, rest);
    return new NerkitSpark(new Settings(List.copyOf(types), settings.minConfidence()));
  }

  /** Drop mentions whose confidence is below this value, in [0, 1] (default 0: keep all). */
  public NerkitSpark minConfidence(double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + value);
    }
    return new NerkitSpark(new Settings(settings.types(), value));
  }

  /**
   * The extraction of {@code text} as a {@link #RESULT} column; relative dates stay unresolved
   * unless the text states its own date at its top.
   */
  public Column extract(Column text) {
    return extract(text, lit(null).cast(DataTypes.DateType));
  }

  /**
   * The extraction of {@code text}, relative dates resolved against {@code referenceDate} (a
   * date column, or a string column of {@code YYYY-MM-DD}; null: as {@link #extract(Column)}).
   */
  public Column extract(Column text, Column referenceDate) {
    UserDefinedFunction udf = functions.udf(new Extract(settings), RESULT);
    return udf.apply(text, referenceDate);
  }

  /**
   * {@code documents} with a {@link #RESULT} column {@code resultColumn} added.
   *
   * @param referenceDateColumn a date or {@code YYYY-MM-DD} string column, or null for none
   */
  public Dataset<Row> withEntities(Dataset<Row> documents, String textColumn, String referenceDateColumn,
      String resultColumn) {
    return documents.withColumn(resultColumn, referenceDateColumn == null
        ? extract(col(textColumn))
        : extract(col(textColumn), col(referenceDateColumn)));
  }

  /**
   * One row per entity mention, in text order within each document: the {@code keyColumns} of its
   * document, then the {@link #ENTITY} fields. Documents without entities, and documents that
   * could not be extracted, have no rows here; {@link #withEntities} shows their {@code error}.
   */
  public Dataset<Row> entityRows(Dataset<Row> documents, String textColumn, String referenceDateColumn,
      String... keyColumns) {
    String result = "__nerkit";
    List<Column> exploded = new ArrayList<>();
    List<Column> flat = new ArrayList<>();
    for (String key : keyColumns) {
      exploded.add(col(key));
      flat.add(col(key));
    }
    exploded.add(explode(col(result + ".entities")).as("__entity"));
    flat.add(col("__entity.*"));
    return withEntities(documents, textColumn, referenceDateColumn, result)
        .select(exploded.toArray(Column[]::new))
        .select(flat.toArray(Column[]::new));
  }

  /** How many times this JVM loaded the models: once per distinct options in use. */
  public static int modelLoads() {
    return LOADS.get();
  }

  /** The function Spark ships to the executors: the options only, never an extractor. */
  private static final class Extract implements UDF2<String, Object, Row> {
    private static final long serialVersionUID = 1L;
    private final Settings settings;

    Extract(Settings settings) {
      this.settings = settings;
    }

    @Override
    public Row call(String text, Object referenceDate) {
      if (text == null) {
        return failed("text is null");
      }
      LocalDate date;
      try {
        date = toDate(referenceDate);
      } catch (java.time.format.DateTimeParseException e) {
        return failed("referenceDate is not a date YYYY-MM-DD: " + referenceDate);
      }
      EntityExtractor extractor = EXTRACTORS.computeIfAbsent(settings, Settings::build);
      Extraction extraction;
      try {
        extraction = date == null ? extractor.extract(text) : extractor.extract(text, date);
      } catch (RuntimeException e) {
        // One document that trips a bug must not fail the job; the row says what happened.
        return failed("extraction failed: " + e);
      }
      Row[] entities = new Row[extraction.entities().size()];
      for (int k = 0; k < entities.length; k++) {
        entities[k] = entityRow(extraction.entities().get(k));
      }
      return RowFactory.create(SCHEMA_VERSION,
          extraction.referenceDate().map(LocalDate::toString).orElse(null),
          extraction.referenceDate().isPresent() ? extraction.referenceDateSource().name() : null,
          entities, null);
    }

    private static LocalDate toDate(Object value) {
      if (value == null) {
        return null;
      } else if (value instanceof LocalDate local) {
        return local;
      } else if (value instanceof java.sql.Date sql) {
        return sql.toLocalDate();
      } else if (value instanceof String string) {
        return string.isBlank() ? null : LocalDate.parse(string.strip());
      }
      throw new IllegalArgumentException("referenceDate must be a date or a YYYY-MM-DD string, not "
          + value.getClass().getName());
    }

    private static Row failed(String error) {
      return RowFactory.create(SCHEMA_VERSION, null, null, null, error);
    }
  }

  /** The {@link #ENTITY} row of one mention: the fields its JSON object has, the others null. */
  static Row entityRow(Entity entity) {
    String entityId = null;
    String canonical = null;
    String countryCode = null;
    String countryName = null;
    String alpha3 = null;
    String numeric = null;
    Boolean historical = null;
    String value = null;
    Boolean relative = null;
    String rangeEnd = null;
    if (entity instanceof NamedEntity named) {
      entityId = named.entityId();
    }
    if (entity instanceof Person person) {
      canonical = person.canonical();
    } else if (entity instanceof Organization organization) {
      canonical = organization.canonical();
    } else if (entity instanceof Country country) {
      countryCode = country.countryCode();
      countryName = country.countryName();
      alpha3 = country.countryAlpha3();
      numeric = country.countryNumeric();
      historical = country.historical();
    } else if (entity instanceof Location location) {
      countryCode = location.countryCode();
      canonical = location.canonical();
    } else if (entity instanceof Nationality nationality) {
      countryCode = nationality.countryCode();
      countryName = nationality.countryName();
    } else if (entity instanceof Date date) {
      value = date.value();
      relative = date.relative();
      rangeEnd = date.rangeEnd();
    } else if (entity instanceof Duration duration) {
      value = duration.value();
    }
    return RowFactory.create(entity.type().name(), entity.text(), entity.start(), entity.end(),
        Math.round(entity.confidence() * 10_000) / 10_000.0, entityId, canonical, countryCode, countryName,
        alpha3, numeric, historical, value, relative, rangeEnd);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NerkitSpark that && settings.equals(that.settings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(settings);
  }
}
