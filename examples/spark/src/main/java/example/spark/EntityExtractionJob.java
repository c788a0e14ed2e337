package example.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

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
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
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
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.nerkit.jsonl.DocumentInput;
import org.nerkit.jsonl.InvalidRecordException;
import org.nerkit.jsonl.JsonLines;
import org.nerkit.jsonl.Utf8Lines;
import org.nerkit.spark.NerkitSpark;

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
 * The extraction is nerkit-spark's column function ({@link NerkitSpark}), one extractor per
 * executor JVM. OUTPUT appears only when both tables are written: they are written beside it
 * first and moved into place at the end, so a failed run leaves no half-written output. The run
 * exits with status 1 when any record failed (after writing everything), like the nerkit command
 * line. See README.md for the columns and how to submit it.
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
        --overwrite               replace OUTPUT if it exists, once the job has succeeded (default: fail)
      """;

  /** The documents as read: text to extract, or the reason a record cannot be. */
  static final StructType INPUT_SCHEMA = new StructType()
      .add("docId", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("offset", DataTypes.LongType, true)
      .add("text", DataTypes.StringType, true)
      .add("referenceDate", DataTypes.StringType, true)
      .add("error", DataTypes.StringType, true);

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
    return run(spark, options, () -> { });
  }

  /** As {@link #run(SparkSession, Options)}; {@code betweenTables} runs after the first table is written (tests). */
  static Summary run(SparkSession spark, Options options, Runnable betweenTables) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Path output = new Path(options.output());
    FileSystem fs;
    try {
      fs = output.getFileSystem(jsc.hadoopConfiguration());
      output = fs.makeQualified(output);
      if (!options.overwrite() && fs.exists(output)) {
        // Fails before any work is done, rather than after extracting a whole corpus.
        throw new UsageException("output " + output + " already exists; remove it or pass --overwrite");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check output " + output, e);
    }
    if (output.getParent() == null) {
      throw new UsageException("output " + output + " must be a directory below the root");
    }
    JavaRDD<Document> documents = options.inputFormat() == InputFormat.TEXT
        ? readTextFiles(jsc, options.input(), options.maxDocumentBytes())
        : readJsonLines(jsc, options.input(), options.maxDocumentBytes());
    if (options.partitions() > 0) {
      documents = documents.repartition(options.partitions());
    }
    Dataset<Row> input = spark.createDataFrame(documents.map(Document::row), INPUT_SCHEMA);

    // One extraction pass for both tables: keep its result rather than extract twice.
    Dataset<Row> extracted = input
        .withColumn("nerkit", NerkitSpark.english().extract(col("text"), col("referenceDate")))
        .drop("text")
        .persist(StorageLevel.MEMORY_AND_DISK());
    // Both tables go to a directory beside OUTPUT, which takes its name only once both are whole.
    Path temporary = new Path(output.getParent(), "." + output.getName() + ".tmp-" + UUID.randomUUID());
    try {
      Dataset<Row> documentRows = extracted.select(col("docId"), col("source"), col("offset"),
          col("nerkit.referenceDate").as("referenceDate"),
          col("nerkit.referenceDateSource").as("referenceDateSource"),
          when(col("nerkit.entities").isNotNull(), size(col("nerkit.entities"))).as("entityCount"),
          coalesce(col("error"), col("nerkit.error")).as("error"));
      Dataset<Row> entityRows = extracted.select(col("docId"), explode(col("nerkit.entities")).as("e"))
          .select("docId", "e.*");
      String format = options.format().name().toLowerCase(Locale.ROOT);
      documentRows.write().format(format).save(new Path(temporary, "documents").toString());
      betweenTables.run();
      entityRows.write().format(format).save(new Path(temporary, "entities").toString());
      Row totals = documentRows.agg(count(lit(1)), count(col("error")), sum(col("entityCount"))).first();
      replace(fs, temporary, output, options.overwrite());
      return new Summary(totals.getLong(0), totals.getLong(1), totals.isNullAt(2) ? 0 : totals.getLong(2));
    } finally {
      extracted.unpersist();
      try {
        if (fs.exists(temporary)) {
          fs.delete(temporary, true);
        }
      } catch (IOException e) {
        System.err.println("EntityExtractionJob: cannot remove " + temporary + ": " + e.getMessage());
      }
    }
  }

  /** Moves the finished output into place; with {@code overwrite}, the previous one goes first. */
  private static void replace(FileSystem fs, Path finished, Path output, boolean overwrite) {
    try {
      if (fs.exists(output)) {
        if (!overwrite) {
          throw new UsageException("output " + output + " appeared while the job ran; its result is not moved there");
        }
        fs.delete(output, true);
      }
      if (!fs.rename(finished, output)) {
        throw new IOException("rename to " + output + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the output into " + output, e);
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
          byte[] bytes = Arrays.copyOf(line.getBytes(), line.getLength());
          // A byte-order mark may start a file, and so its first line, as in the command line.
          String json = offset == 0 ? Utf8Lines.decodeDocument(bytes) : Utf8Lines.decode(bytes);
          if (json.isBlank()) {
            throw new InvalidRecordException("blank line");
          }
          DocumentInput doc = JSON.parseInput(json, defaultId, null);
          return new Document(doc.id(), source, offset, doc.text(), doc.referenceDate(), null);
        } catch (InvalidRecordException e) {
          return new Document(e.id() != null ? e.id() : defaultId, source, offset, null, null, e.getMessage());
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
        return new Document(id, source, null, Utf8Lines.decodeDocument(bytes), null, null);
      } catch (InvalidRecordException | IOException e) {
        return new Document(id, source, null, null, null, e.getMessage());
      }
    });
  }

  /** The input's validation: the same as the nerkit command line's. Thread-safe. */
  private static final JsonLines JSON = new JsonLines();

  /** An input record, parsed or not; {@code error} set means it cannot be processed. */
  record Document(String id, String source, Long offset, String text, LocalDate referenceDate, String error)
      implements Serializable {
    Row row() {
      return RowFactory.create(id, source, offset, text, referenceDate == null ? null : referenceDate.toString(), error);
    }
  }

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
