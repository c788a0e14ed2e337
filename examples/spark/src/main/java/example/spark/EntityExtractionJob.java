package example.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.nerkit.Country;
import org.nerkit.Date;
import org.nerkit.Entity;
import org.nerkit.EntityExtractor;
import org.nerkit.Extraction;
import org.nerkit.Location;
import org.nerkit.NamedEntity;
import org.nerkit.Nationality;
import org.nerkit.jsonl.DocumentInput;
import org.nerkit.jsonl.InvalidRecordException;
import org.nerkit.jsonl.JsonLines;
import org.nerkit.jsonl.Utf8Lines;

/**
 * Extracts entities from a corpus with nerkit on Spark and writes two tables under OUTPUT:
 *
 * <ul>
 *   <li>{@code OUTPUT/entities}: one row per entity mention (docId, type, text, start, end, ...);
 *   <li>{@code OUTPUT/documents}: one row per input record, processed or not. A record that
 *       cannot be processed (malformed JSON, missing text, bad referenceDate, invalid UTF-8, too
 *       large) is never dropped: its row carries a non-null {@code error} and it has no entities.
 * </ul>
 *
 * The run exits with status 1 when any record failed (after writing everything), like the
 * nerkit command line. See README.md for the columns and how to submit it.
 */
public final class EntityExtractionJob {

  static final String USAGE = """
      Usage: EntityExtractionJob INPUT OUTPUT [options]
        INPUT                     file, directory or glob (any Hadoop file system)
        OUTPUT                    directory to create, holding entities/ and documents/
        --input-format jsonl|text jsonl (default): one {"id","text","referenceDate"?} object a line;
                                  text: one document per file, id = file name
        --format json|parquet     output format (default: parquet)
        --master URL              Spark master (default: what spark-submit sets)
        --partitions N            repartition documents before extraction (default: as read)
        --max-document-bytes N    larger documents become error rows (default: 16777216)
        --overwrite               replace OUTPUT if it exists (default: fail)
      """;

  /** The entity columns; each type fills the ones that apply and leaves the others null. */
  static final StructType ENTITY_SCHEMA = new StructType()
      .add("type", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, false)
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("confidence", DataTypes.DoubleType, false)
      .add("entityId", DataTypes.StringType, true)
      .add("canonical", DataTypes.StringType, true)
      .add("countryCode", DataTypes.StringType, true)
      .add("value", DataTypes.StringType, true);

  /** One row per input record; {@code entities} is split off into its own table on output. */
  static final StructType RESULT_SCHEMA = new StructType()
      .add("docId", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("offset", DataTypes.LongType, true)
      .add("referenceDate", DataTypes.StringType, true)
      .add("referenceDateSource", DataTypes.StringType, true)
      .add("entityCount", DataTypes.IntegerType, true)
      .add("error", DataTypes.StringType, true)
      .add("entities", DataTypes.createArrayType(ENTITY_SCHEMA, false), true);

  private EntityExtractionJob() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      System.err.println("EntityExtractionJob: " + e.getMessage() + "\n" + USAGE);
      System.exit(2);
      return;
    }
    if (options == null) { // --help
      System.out.print(USAGE);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("nerkit entity extraction");
    if (options.master() != null) {
      builder.master(options.master());
    }
    SparkSession spark = builder.getOrCreate();
    int status;
    try {
      Summary summary = run(spark, options);
      System.err.println("EntityExtractionJob: " + summary);
      status = summary.failedRecords() > 0 ? 1 : 0;
      if (status != 0) {
        System.err.println("EntityExtractionJob: " + summary.failedRecords()
            + " record(s) failed; see the rows of " + options.output() + "/documents whose error is not null");
      }
    } catch (UsageException e) {
      System.err.println("EntityExtractionJob: " + e.getMessage());
      status = 2;
    } finally {
      spark.stop();
    }
    // Exit statuses as the nerkit command line's: 1 some records failed (all output written), 2 usage.
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the job on an existing session (tests pass a local one) and says what it wrote. */
  public static Summary run(SparkSession spark, Options options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (!options.overwrite()) {
      requireAbsent(new Path(options.output()), jsc);
    }
    JavaRDD<Document> documents = options.inputFormat() == InputFormat.TEXT
        ? readTextFiles(jsc, options.input(), options.maxDocumentBytes())
        : readJsonLines(jsc, options.input(), options.maxDocumentBytes());
    if (options.partitions() > 0) {
      documents = documents.repartition(options.partitions());
    }
    JavaRDD<Row> rows = documents.map(EntityExtractionJob::extract);

    // Both tables come from one extraction pass: keep its result rather than extract twice.
    Dataset<Row> results = spark.createDataFrame(rows, RESULT_SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      String format = options.format().name().toLowerCase(Locale.ROOT);
      results.drop("entities").write().mode(mode).format(format).save(options.output() + "/documents");
      results.select(col("docId"), explode(col("entities")).as("e"))
          .select("docId", "e.*")
          .write().mode(mode).format(format).save(options.output() + "/entities");
      Row totals = results.agg(count(lit(1)), count(col("error")), sum(col("entityCount"))).first();
      return new Summary(totals.getLong(0), totals.getLong(1), totals.isNullAt(2) ? 0 : totals.getLong(2));
    } finally {
      results.unpersist();
    }
  }

  /** Fails before any work is done, rather than after extracting a whole corpus. */
  private static void requireAbsent(Path output, JavaSparkContext jsc) {
    try {
      if (output.getFileSystem(jsc.hadoopConfiguration()).exists(output)) {
        throw new UsageException("output " + output + " already exists; remove it or pass --overwrite");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check output " + output, e);
    }
  }

  /**
   * JSON Lines through Hadoop's TextInputFormat rather than Spark's json source: each line keeps
   * its file and byte offset (so a bad line can be found again), is decoded as strict UTF-8, and
   * is validated exactly as the nerkit command line does.
   */
  static JavaRDD<Document> readJsonLines(JavaSparkContext jsc, String input, long maxBytes) {
    // newAPIHadoopFile returns a JavaNewHadoopRDD, whose partitions know their input split.
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
        input, TextInputFormat.class, LongWritable.class, Text.class, jsc.hadoopConfiguration());
    return lines.mapPartitionsWithInputSplit((split, records) -> {
      String source = ((FileSplit) split).getPath().toString();
      String fileName = ((FileSplit) split).getPath().getName();
      return map(records, record -> {
        // The reader reuses its key and value objects: copy them before the next record.
        long offset = record._1().get();
        Text line = record._2();
        String defaultId = fileName + "@" + offset;
        try {
          if (line.getLength() > maxBytes) {
            throw new InvalidRecordException("line of " + line.getLength() + " bytes exceeds max-document-bytes " + maxBytes);
          }
          String json = Utf8Lines.decode(Arrays.copyOf(line.getBytes(), line.getLength()));
          if (json.isBlank()) {
            throw new InvalidRecordException("blank line");
          }
          DocumentInput doc = Shared.JSON.parseInput(json, defaultId, null);
          return new Document(doc.id(), source, offset, doc.text(), doc.referenceDate(), null);
        } catch (InvalidRecordException e) {
          return new Document(defaultId, source, offset, null, null, e.getMessage());
        }
      });
    }, true);
  }

  /**
   * One document per file. binaryFiles rather than wholeTextFiles, which would silently replace
   * invalid UTF-8 with U+FFFD and so change the text; here such a file becomes an error row.
   */
  static JavaRDD<Document> readTextFiles(JavaSparkContext jsc, String input, long maxBytes) {
    return jsc.binaryFiles(input).map(file -> {
      String source = file._1();
      String id = new Path(source).getName();
      try (InputStream in = file._2().open()) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw new InvalidRecordException("file exceeds max-document-bytes " + maxBytes);
        }
        return new Document(id, source, null, Utf8Lines.decode(bytes), null, null);
      } catch (InvalidRecordException | IOException e) {
        return new Document(id, source, null, null, null, e.getMessage());
      }
    });
  }

  /** The result row of one document; runs on the executors. */
  static Row extract(Document doc) {
    if (doc.error() != null) {
      return failed(doc, doc.error());
    }
    Extraction extraction;
    try {
      EntityExtractor extractor = Shared.extractor();
      extraction = doc.referenceDate() == null
          ? extractor.extract(doc.text())
          : extractor.extract(doc.text(), doc.referenceDate());
    } catch (RuntimeException e) {
      // One document that trips a bug must not fail the job; Errors (a model that cannot load,
      // out of memory) still do, since every later document would fail the same way.
      return failed(doc, "extraction failed: " + e);
    }
    // An array, not a java.util.List: Spark's Row encoder takes arrays or Scala Seqs only.
    Row[] entities = extraction.entities().stream().map(EntityExtractionJob::entityRow).toArray(Row[]::new);
    return RowFactory.create(doc.id(), doc.source(), doc.offset(),
        extraction.referenceDate().map(LocalDate::toString).orElse(null),
        extraction.referenceDate().isPresent() ? extraction.referenceDateSource().name() : null,
        entities.length, null, entities);
  }

  private static Row failed(Document doc, String error) {
    return RowFactory.create(doc.id(), doc.source(), doc.offset(), null, null, null, error, null);
  }

  static Row entityRow(Entity entity) {
    String entityId = null;
    String canonical = null;
    String countryCode = null;
    String value = null;
    if (entity instanceof NamedEntity named) { // Person, Organization, Country, Location
      entityId = named.entityId();
      canonical = named.canonical(); // a country's ISO short name
    }
    if (entity instanceof Country country) {
      countryCode = country.countryCode();
    } else if (entity instanceof Location location) {
      countryCode = location.countryCode(); // the country it lies in, when known
    } else if (entity instanceof Nationality nationality) {
      countryCode = nationality.countryCode();
    } else if (entity instanceof Date date) {
      value = date.value();
    }
    return RowFactory.create(entity.type().name(), entity.text(), entity.start(), entity.end(),
        entity.confidence(), entityId, canonical, countryCode, value);
  }

  /**
   * What every executor JVM shares. The holder idiom makes the JVM load the models once, on first
   * use, thread-safely, however many tasks and partitions the executor runs: never per record or
   * per partition. Tasks of one executor run in threads and use the same extractor, which is
   * thread-safe.
   */
  static final class Shared {
    static final JsonLines JSON = new JsonLines();
    private static final AtomicInteger LOADS = new AtomicInteger();

    private Shared() {}

    private static final class Holder {
      static final EntityExtractor EXTRACTOR = load();

      private static EntityExtractor load() {
        LOADS.incrementAndGet();
        long started = System.nanoTime();
        EntityExtractor extractor = EntityExtractor.english();
        System.err.printf("nerkit: models loaded in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        return extractor;
      }
    }

    static EntityExtractor extractor() {
      return Holder.EXTRACTOR;
    }

    /** How many times this JVM loaded the models: 1 once anything was extracted. */
    static int loads() {
      return LOADS.get();
    }
  }

  /** An input record, parsed or not; {@code error} set means it cannot be processed. */
  record Document(String id, String source, Long offset, String text, LocalDate referenceDate, String error)
      implements Serializable {}

  /** What one run wrote. */
  public record Summary(long records, long failedRecords, long entities) {}

  public enum InputFormat { JSONL, TEXT }

  public enum OutputFormat { JSON, PARQUET }

  /** The command line. */
  public record Options(String input, String output, InputFormat inputFormat, OutputFormat format,
      String master, int partitions, long maxDocumentBytes, boolean overwrite) {

    /** @return the options, or null for --help. @throws UsageException on a bad command line */
    public static Options parse(String... args) {
      List<String> positional = new ArrayList<>();
      InputFormat inputFormat = InputFormat.JSONL;
      OutputFormat format = OutputFormat.PARQUET;
      String master = null;
      int partitions = 0;
      long maxBytes = 16L << 20;
      boolean overwrite = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help", "-h" -> {
            return null;
          }
          case "--input-format" -> inputFormat = choice(InputFormat.class, arg, value(args, ++i, arg));
          case "--format" -> format = choice(OutputFormat.class, arg, value(args, ++i, arg));
          case "--master" -> master = value(args, ++i, arg);
          case "--partitions" -> partitions = (int) positive(arg, value(args, ++i, arg));
          case "--max-document-bytes" -> maxBytes = positive(arg, value(args, ++i, arg));
          case "--overwrite" -> overwrite = true;
          default -> {
            if (arg.startsWith("--")) {
              throw new UsageException("unknown option " + arg);
            }
            positional.add(arg);
          }
        }
      }
      if (positional.size() != 2) {
        throw new UsageException("expected INPUT and OUTPUT, got " + positional);
      }
      return new Options(positional.get(0), positional.get(1), inputFormat, format, master, partitions, maxBytes,
          overwrite);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new UsageException(option + " needs a value");
      }
      return args[i];
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) { // not a constant of the enum
        throw new UsageException(option + " must be one of "
            + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ": " + value);
      }
    }

    private static long positive(String option, String value) {
      try {
        long n = Long.parseLong(value);
        if (n > 0 && (!option.equals("--partitions") || n <= Integer.MAX_VALUE)) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new UsageException(option + " must be a positive integer: " + value);
    }
  }

  /** A command line or an OUTPUT the job cannot work with: exit status 2, as the nerkit CLI. */
  public static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** A lazily mapped iterator: a partition streams through without being held in memory. */
  private static <A, B> Iterator<B> map(Iterator<A> in, java.util.function.Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return f.apply(in.next());
      }
    };
  }
}
