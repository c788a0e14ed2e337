package org.nerkit.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nerkit.EntityExtractor;
import org.nerkit.EntityType;
import org.nerkit.Extraction;
import org.nerkit.ModelLoadException;
import org.nerkit.jsonl.AtomicFile;
import org.nerkit.jsonl.DocumentInput;
import org.nerkit.jsonl.InvalidRecordException;
import org.nerkit.jsonl.JsonLines;
import org.nerkit.jsonl.Utf8Lines;
import org.nerkit.registry.EntityRegistry;
import org.nerkit.registry.RegistryJsonLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar nerkit-cli.jar}: entities from text files or JSON Lines, as JSON Lines on
 * stdout, one output line per input document in input order. A bad input never stops the run:
 * it yields an error record in its place, and the exit status is 1 when any did. Output that
 * cannot be written stops the run at once (exit status 5).
 */
@Command(name = "nerkit", mixinStandardHelpOptions = true, version = "nerkit 0.2.0",
    description = {
        "Extract people, organisations, countries, nationalities, places and dates from English text.",
        "Writes one JSON line per input document to stdout: {\"id\", \"entities\": [...]}."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every document was processed",
        "1:some records failed (error records written in their place; count on stderr)",
        "2:bad command line, or a file it names cannot be used (checked before any input is read)",
        "3:the models could not be loaded",
        "4:out of memory and the run could not go on (finished records written; the message names the line)",
        "5:output failed: stdout closed or not writable, or --entities-out/--registry could not be written"})
public final class NerkitCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int RECORDS_FAILED = 1;
  static final int USAGE = 2;
  static final int MODELS = 3;
  static final int OUT_OF_MEMORY = 4;
  static final int OUTPUT_FAILED = 5;

  /** Input formats. */
  enum InputFormat { text, jsonl }

  @Parameters(paramLabel = "FILE", description = "Input files; '-' is stdin. With --input-format text (the default "
      + "when files are given) one document each, id = file name; with jsonl, JSON Lines. None: read stdin "
      + "(JSON Lines unless --input-format text).")
  List<String> files = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES}: text is one document per file (stdin: all of it one document); "
          + "jsonl is one {\"id\", \"text\", \"referenceDate\"} object a line. Default: text for files, jsonl for stdin.")
  InputFormat inputFormat;

  @Option(names = "--jsonl", description = "Same as --input-format jsonl.")
  boolean jsonl;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "Resolve relative dates against this date in documents whose input gives no referenceDate "
          + "(it takes precedence over a date found in the text). Without it, a date the document states at its top is used.")
  LocalDate referenceDate;

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "Only these types: ${COMPLETION-CANDIDATES} (default: all).")
  EnumSet<EntityType> types;

  @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0",
      description = "Drop mentions with confidence below P, in [0, 1] (default: ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(names = "--model", paramLabel = "FILE", description = "A name finder model to use instead of the bundled one.")
  Path model;

  @Option(names = "--max-document-bytes", paramLabel = "N", defaultValue = "16777216",
      description = "Largest document (UTF-8 bytes of a file or JSON line) to process; larger ones get an "
          + "error record and are skipped without being held in memory (default: ${DEFAULT-VALUE}, 16 MiB).")
  long maxDocumentBytes;

  @Option(names = "--registry", paramLabel = "FILE",
      description = "Link entities across documents and runs: load the registry snapshot FILE if it exists, "
          + "save it there when the run ends (atomically). Mentions then also carry globalEntityId.")
  Path registryFile;

  @Option(names = "--entities-out", paramLabel = "FILE",
      description = "Link entities across documents and write the registry of canonical entities to FILE as JSON Lines; "
          + "mentions then also carry globalEntityId.")
  Path entitiesOut;

  @Option(names = "--registry-capacity", paramLabel = "N", defaultValue = "1000000",
      description = "Most entities the cross-document registry keeps; the least recently seen are evicted (default: ${DEFAULT-VALUE}).")
  int registryCapacity;

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents extracted in parallel; output stays in input order (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
      description = "Progress display and final summary on stderr: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}, i.e. when stderr is a terminal).")
  Progress.When progress;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Documents per batch handed to a worker, and the input bytes at which a batch is cut sooner. */
  static final int BATCH_DOCUMENTS = 64;
  static final int BATCH_BYTES = 64 * 1024;
  /**
   * Heap per input byte that the in-flight bound counts: extracting a document of news text
   * needs about 30 bytes of heap per byte at its peak (README, "Memory"); twice that leaves the
   * collector room to work. The bound divides the heap the models leave by it.
   */
  static final long HEAP_PER_INPUT_BYTE = 64;
  /** Heap kept out of that bound: the models (about 40 MB) and the rest of the program. */
  static final long HEAP_RESERVED = 96L << 20;

  private final InputStream stdin;
  private final OutputStream stdoutTarget;
  /** An extractor loaded beforehand, used instead of loading one (benchmarks of the pipeline alone). */
  EntityExtractor preloaded;
  private final JsonLines json = new JsonLines();
  private EntityExtractor extractor;
  private EntityRegistry registry;
  private OrderedPipeline<List<Outcome>> pipeline;
  private Progress display;
  private OutputStream stdout;
  private boolean linking;
  private InputFormat format;
  private long effectiveMaxBytes;
  // Written by the writer thread only; read after finish().
  private long failures;
  private long documents;
  private long entities;
  private long tokens;
  /** Where the reader is, for a message if the heap runs out there. */
  private String readingAt = "the start of the input";

  public NerkitCommand() {
    this(System.in, new FileOutputStream(FileDescriptor.out));
  }

  /** A command reading {@code stdin} and writing its JSON Lines to {@code stdout} (tests). */
  NerkitCommand(InputStream stdin, OutputStream stdout) {
    this.stdin = stdin;
    this.stdoutTarget = stdout;
  }

  @Override
  public Integer call() {
    validateOptions();
    PrintWriter err = spec.commandLine().getErr();
    // Everything that can be known wrong is checked before the first input byte is read.
    for (Path out : new Path[] {entitiesOut, registryFile}) {
      if (out != null) {
        try {
          AtomicFile.checkWritable(out);
        } catch (IOException e) {
          err.println("nerkit: cannot write " + (out == entitiesOut ? "--entities-out " : "--registry ") + out + ": "
              + describe(e));
          return USAGE;
        }
      }
    }
    linking = entitiesOut != null || registryFile != null;
    if (linking) {
      try {
        registry = registryFile != null && Files.exists(registryFile)
            ? EntityRegistry.load(registryFile, registryCapacity)
            : new EntityRegistry(registryCapacity);
      } catch (IOException e) {
        err.println("nerkit: cannot load --registry " + registryFile + ": " + oneLine(e.getMessage()));
        return USAGE;
      }
    }
    try {
      if (preloaded != null) {
        extractor = preloaded;
      } else {
        extractor = load();
      }
    } catch (ModelLoadException e) {
      err.println("nerkit: " + oneLine(e.getMessage()));
      return MODELS;
    } catch (OutOfMemoryError e) {
      err.println("nerkit: out of memory loading the models, which take about 40 MB of heap; " + HEAP_ADVICE);
      return OUT_OF_MEMORY;
    } catch (RuntimeException e) {
      // Not a ModelLoadException, but the model is what failed to load: say so on one line.
      err.println("nerkit: cannot load the models: " + oneLine(describe(e)));
      return MODELS;
    }

    long started = System.nanoTime();
    display = Progress.start(progress, inputBytes());
    stdout = new BufferedOutputStream(stdoutTarget, 1 << 16);
    int status;
    try (OrderedPipeline<List<Outcome>> running = new OrderedPipeline<>(threads, 4 * threads, inFlightBytes(),
        new OrderedPipeline.Sink<>() {
          @Override
          public void accept(List<Outcome> batch) throws Exception {
            write(batch);
          }

          @Override
          public void idle() throws IOException {
            flush();
          }
        })) {
      pipeline = running;
      status = readAll();
      if (status == OK) {
        running.finish();
        flush();
      }
    } catch (OrderedPipeline.Stopped stopped) {
      status = stoppedBy(stopped.getCause(), err);
    } catch (OutputFailed e) {
      status = stoppedBy(e, err);
    } finally {
      display.close();
    }
    if (status != OK) {
      return status;
    }
    if (display.shown()) {
      double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
      err.printf("nerkit: %,d documents (%,d failed), %,d entities, %,d tokens in %.1f s: %,.0f tokens/s%n",
          documents, failures, entities, tokens, seconds, tokens / seconds);
    }
    if (linking) {
      status = saveRegistry(err);
      if (status != OK) {
        return status;
      }
    }
    if (failures > 0) {
      err.printf("nerkit: %d record(s) failed; see the error records in the output%n", failures);
      return RECORDS_FAILED;
    }
    return OK;
  }

  private EntityExtractor load() {
    EntityExtractor.Builder builder = EntityExtractor.builder().minConfidence(minConfidence);
    if (types != null && !types.isEmpty()) {
      builder.types(types);
    }
    if (model != null) {
      builder.nameFinderModel(model);
    }
    return builder.build();
  }

  private void validateOptions() {
    CommandLine commandLine = spec.commandLine();
    if (maxDocumentBytes < 1) {
      throw new CommandLine.ParameterException(commandLine, "--max-document-bytes must be positive");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(commandLine, "--threads must be positive");
    }
    if (registryCapacity < 1) {
      throw new CommandLine.ParameterException(commandLine, "--registry-capacity must be positive");
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new CommandLine.ParameterException(commandLine, "--min-confidence must be in [0, 1]: " + minConfidence);
    }
    if (jsonl && inputFormat == InputFormat.text) {
      throw new CommandLine.ParameterException(commandLine, "--jsonl contradicts --input-format text");
    }
    if (files.stream().filter("-"::equals).count() > 1) {
      throw new CommandLine.ParameterException(commandLine, "'-' (stdin) can be read only once");
    }
    if (entitiesOut != null && registryFile != null
        && entitiesOut.toAbsolutePath().normalize().equals(registryFile.toAbsolutePath().normalize())) {
      throw new CommandLine.ParameterException(commandLine, "--entities-out and --registry must be different files");
    }
    format = jsonl ? InputFormat.jsonl : inputFormat != null ? inputFormat
        : files.isEmpty() ? InputFormat.jsonl : InputFormat.text;
    // Arrays cannot be longer; a larger limit is no limit at all.
    effectiveMaxBytes = Math.min(maxDocumentBytes, Integer.MAX_VALUE - 16);
  }

  /** How many input bytes may be in flight: the heap the models leave, by the cost of one byte. */
  private static long inFlightBytes() {
    long free = Runtime.getRuntime().maxMemory() - HEAP_RESERVED;
    return Math.max(1 << 20, free / HEAP_PER_INPUT_BYTE);
  }

  // ---- reading (the calling thread) ----

  /** Reads every input and queues its documents in batches; OK, or why it stopped. */
  private int readAll() {
    Batch batch = new Batch();
    try {
      List<String> sources = files.isEmpty() ? List.of("-") : files;
      for (String source : sources) {
        if (format == InputFormat.jsonl) {
          readJsonLines(source, batch);
        } else {
          readDocument(source, batch);
        }
      }
      batch.submit();
      return OK;
    } catch (OutOfMemoryError e) {
      // The reader itself cannot go on: write what is finished, then say where it stopped.
      batch.records = null;
      try {
        pipeline.finish();
        flush();
      } catch (OrderedPipeline.Stopped | OutputFailed ignored) {
        // reported below as the out-of-memory stop that caused it
      }
      spec.commandLine().getErr().println("nerkit: out of memory while reading " + readingAt
          + "; every record before it was written; " + HEAP_ADVICE);
      return OUT_OF_MEMORY;
    }
  }

  private static final String HEAP_ADVICE = "give the JVM more heap (java -Xmx...) or lower --max-document-bytes.";

  private void readJsonLines(String source, Batch batch) {
    String name = source.equals("-") ? "stdin" : source;
    InputStream in;
    try {
      in = source.equals("-") ? stdin : Files.newInputStream(Path.of(source));
    } catch (IOException e) {
      batch.add(Record.failed(name, 0, "cannot read " + name + ": " + describe(e), 0));
      return;
    }
    try {
      Utf8Lines lines = new Utf8Lines(in, effectiveMaxBytes);
      long lineNumber = 0;
      while (true) {
        readingAt = "line " + (lineNumber + 1) + " of " + name;
        Utf8Lines.Line raw;
        try {
          raw = lines.nextLine();
        } catch (IOException e) {
          batch.add(Record.failed(name + ":" + (lineNumber + 1), lineNumber + 1,
              "cannot read " + name + " after line " + lineNumber + ": " + describe(e), 0));
          return;
        }
        if (raw == null) {
          return;
        }
        lineNumber++;
        String defaultId = name + ":" + lineNumber;
        if (raw.tooLong()) {
          batch.add(Record.failed(defaultId, lineNumber, "line of " + raw.length()
              + " bytes exceeds --max-document-bytes " + maxDocumentBytes, raw.length() + 1));
        } else if (raw.outOfMemory()) {
          batch.add(Record.failed(defaultId, lineNumber, "line of " + raw.length()
              + " bytes does not fit in the heap; " + HEAP_ADVICE, raw.length() + 1));
        } else {
          batch.add(new Record(defaultId, lineNumber, raw.bytes(), raw.length() + 1, true));
        }
        if (lines.mayBlock()) {
          batch.submit(); // do not hold finished lines back while the input is slow
        }
      }
    } finally {
      if (in != stdin) {
        closeQuietly(in);
      }
    }
  }

  /** One whole file, or all of stdin, as one document; read no further than the size limit. */
  private void readDocument(String source, Batch batch) {
    boolean isStdin = source.equals("-");
    Path file = isStdin ? null : Path.of(source);
    String id = isStdin ? "stdin" : file.getFileName() == null ? source : file.getFileName().toString();
    readingAt = isStdin ? "stdin" : source;
    long size = 0;
    byte[] bytes;
    try {
      if (!isStdin && Files.isRegularFile(file)) {
        size = Files.size(file);
        if (size > maxDocumentBytes) {
          batch.add(Record.failed(id, 0, source + ": " + size + " bytes exceeds --max-document-bytes " + maxDocumentBytes, size));
          return;
        }
      }
      // Not a regular file (stdin, a pipe, a device): its size shows only while reading it.
      try (InputStream in = isStdin ? new NonClosing(stdin) : Files.newInputStream(file)) {
        bytes = in.readNBytes((int) effectiveMaxBytes + 1);
      }
    } catch (IOException e) {
      batch.add(Record.failed(id, 0, "cannot read " + source + ": " + describe(e), size));
      return;
    } catch (OutOfMemoryError e) {
      batch.add(Record.failed(id, 0, source + " does not fit in the heap; " + HEAP_ADVICE, size));
      return;
    }
    if (bytes.length > effectiveMaxBytes) {
      batch.add(Record.failed(id, 0, source + " exceeds --max-document-bytes " + maxDocumentBytes
          + " (reading stopped there)", bytes.length));
      return;
    }
    batch.add(new Record(id, 0, bytes, bytes.length, false));
  }

  /** One input document as read: its bytes, or the reason it cannot be processed. */
  private static final class Record {
    final String defaultId;
    final long lineNumber;
    byte[] bytes;
    final long inputBytes;
    final boolean jsonLine;
    final String error;

    Record(String defaultId, long lineNumber, byte[] bytes, long inputBytes, boolean jsonLine) {
      this(defaultId, lineNumber, bytes, inputBytes, jsonLine, null);
    }

    private Record(String defaultId, long lineNumber, byte[] bytes, long inputBytes, boolean jsonLine, String error) {
      this.defaultId = defaultId;
      this.lineNumber = lineNumber;
      this.bytes = bytes;
      this.inputBytes = inputBytes;
      this.jsonLine = jsonLine;
      this.error = error;
    }

    static Record failed(String id, long lineNumber, String error, long inputBytes) {
      return new Record(id, lineNumber, null, inputBytes, false, error);
    }

    long weight() {
      return bytes == null ? 0 : bytes.length;
    }
  }

  /** Records gathered on the reading thread until there are enough to hand to a worker. */
  private final class Batch {
    List<Record> records = new ArrayList<>();
    long bytes;

    void add(Record record) {
      if (record.weight() > BATCH_BYTES) {
        submit(); // a large document goes alone, so that the in-flight bound can keep it apart
        records.add(record);
        bytes = record.weight();
        submit();
        return;
      }
      records.add(record);
      bytes += record.weight();
      if (records.size() >= BATCH_DOCUMENTS || bytes >= BATCH_BYTES) {
        submit();
      }
    }

    void submit() {
      if (records.isEmpty()) {
        return;
      }
      List<Record> work = records;
      records = new ArrayList<>();
      long weight = bytes;
      bytes = 0;
      pipeline.submit(() -> process(work), weight);
    }
  }

  // ---- extracting (worker threads) ----

  /** What became of one record; the writer turns it into its output line, in input order. */
  private static final class Outcome {
    final Record record;
    final long inputBytes;
    byte[] line;             // the finished output line, when the worker could write it
    Extraction extraction;   // with a registry: linked, then written, by the writer
    String id;
    boolean outOfMemory;     // to be tried again alone
    int tokens;
    int entities;
    boolean failed;

    Outcome(Record record) {
      this.record = record;
      this.inputBytes = record.inputBytes;
    }
  }

  private List<Outcome> process(List<Record> batch) {
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    for (Record record : batch) {
      outcomes.add(process(record));
    }
    return outcomes;
  }

  private Outcome process(Record record) {
    Outcome outcome = new Outcome(record);
    if (record.error != null) {
      return failed(outcome, record.defaultId, record.error);
    }
    String id = record.defaultId;
    try {
      DocumentInput input;
      if (record.jsonLine) {
        String line = Utf8Lines.decode(record.bytes);
        if (line.isBlank()) {
          throw new InvalidRecordException("blank line");
        }
        input = json.parseInput(line, record.defaultId, referenceDate);
      } else {
        input = new DocumentInput(record.defaultId, Utf8Lines.decodeDocument(record.bytes), referenceDate);
      }
      id = input.id();
      Extraction extraction = input.referenceDate() == null
          ? extractor.extract(input.text())
          : extractor.extract(input.text(), input.referenceDate());
      outcome.id = id;
      outcome.tokens = extraction.tokens().size();
      outcome.entities = extraction.entities().size();
      if (linking) {
        outcome.extraction = extraction;
      } else {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256 + 160 * extraction.entities().size());
        json.writeResult(line, id, extraction, Map.of());
        outcome.line = line.toByteArray();
      }
      record.bytes = null;
      return outcome;
    } catch (InvalidRecordException e) {
      record.bytes = null;
      return failed(outcome, e.id() != null ? e.id() : record.defaultId, e.getMessage());
    } catch (OutOfMemoryError e) {
      outcome.outOfMemory = true; // the writer tries it again with nothing else running
      return outcome;
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours must not cost the rest of the run its output; report it in the record's place.
      record.bytes = null;
      return failed(outcome, id, "extraction failed: " + describe(e));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("writing to memory cannot fail", e);
    }
  }

  private Outcome failed(Outcome outcome, String id, String message) {
    outcome.failed = true;
    outcome.id = id;
    outcome.line = (json.error(id, outcome.record.lineNumber, message) + "\n").getBytes(StandardCharsets.UTF_8);
    return outcome;
  }

  // ---- writing (the writer thread, in input order) ----

  private void write(List<Outcome> batch) throws Exception {
    long batchBytes = 0;
    for (Outcome done : batch) {
      Outcome outcome = done.outOfMemory ? pipeline.runAlone(() -> retryAlone(done.record)) : done;
      documents++;
      if (outcome.failed) {
        failures++;
      }
      if (outcome.extraction != null) {
        Map<String, String> globalIds = new HashMap<>();
        for (EntityRegistry.Link link : registry.add(outcome.id, outcome.extraction)) {
          globalIds.put(link.entityId(), link.globalEntityId());
        }
        try {
          json.writeResult(stdout, outcome.id, outcome.extraction, globalIds);
        } catch (IOException e) {
          throw new OutputFailed(e);
        }
      } else {
        writeOut(outcome.line);
      }
      entities += outcome.entities;
      tokens += outcome.tokens;
      batchBytes += outcome.inputBytes;
    }
    display.advance(batchBytes, documents, tokens);
  }

  /** A document that ran out of memory among others, once more with the heap to itself. */
  private Outcome retryAlone(Record record) {
    Outcome outcome = process(record);
    if (outcome.outOfMemory) {
      record.bytes = null;
      Outcome failed = new Outcome(record);
      return failed(failed, record.defaultId, "out of memory extracting this document of " + record.inputBytes
          + " bytes; " + HEAP_ADVICE);
    }
    return outcome;
  }

  private void writeOut(byte[] bytes) throws OutputFailed {
    try {
      stdout.write(bytes);
    } catch (IOException e) {
      throw new OutputFailed(e);
    }
  }

  private void flush() throws OutputFailed {
    try {
      stdout.flush();
    } catch (IOException e) {
      throw new OutputFailed(e);
    }
  }

  /** Writing to stdout failed: the reader is gone or the disk is full. */
  static final class OutputFailed extends IOException {
    private static final long serialVersionUID = 1L;

    OutputFailed(IOException cause) {
      super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }
  }

  private int stoppedBy(Throwable cause, PrintWriter err) {
    if (cause instanceof OutputFailed) {
      err.println("nerkit: cannot write the output (" + cause.getMessage() + "); stopped");
      return OUTPUT_FAILED;
    }
    if (cause instanceof OutOfMemoryError) {
      // Not one document's: the writer itself ran out. What was written before stays complete.
      err.println("nerkit: out of memory writing the output after " + documents + " documents; " + HEAP_ADVICE);
      return OUT_OF_MEMORY;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IllegalStateException(cause);
  }

  private int saveRegistry(PrintWriter err) {
    Path target = null;
    try {
      if (registryFile != null) {
        target = registryFile;
        registry.save(registryFile);
      }
      if (entitiesOut != null) {
        target = entitiesOut;
        RegistryJsonLines registryJson = new RegistryJsonLines();
        AtomicFile.write(entitiesOut, out -> {
          for (EntityRegistry.RegisteredEntity entity : registry.snapshot()) {
            out.write(registryJson.registered(entity));
            out.write('\n');
          }
        });
      }
      return OK;
    } catch (IOException e) {
      err.println("nerkit: cannot write " + target + ": " + describe(e));
      return OUTPUT_FAILED;
    }
  }

  /** Total input size when it is known in advance (regular files), else -1. */
  private long inputBytes() {
    if (files.isEmpty() || files.contains("-")) {
      return -1;
    }
    long total = 0;
    for (String file : files) {
      try {
        total += Files.size(Path.of(file));
      } catch (IOException | RuntimeException e) {
        // an unreadable file gets its error record later; it adds nothing to the progress total
      }
    }
    return total;
  }

  private static String describe(Throwable e) {
    String name = e instanceof java.nio.file.NoSuchFileException ? "no such file"
        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.FileSystemException || e.getClass() == IOException.class ? null
        : e.getClass().getSimpleName();
    if (e.getMessage() == null) {
      return name == null ? e.getClass().getSimpleName() : name;
    }
    if (e instanceof java.nio.file.FileSystemException fs) {
      return fs.getReason() != null ? fs.getReason() : name != null ? name : fs.getMessage();
    }
    return name == null ? e.getMessage() : name + ": " + e.getMessage();
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // read to the end already; nothing to lose
    }
  }

  /** Stdin read as one document must stay open for nothing else, but is not ours to close. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
    }
  }

  /** The command line with nerkit's error handling: one line for a bad option, no stack traces. */
  static CommandLine commandLine(NerkitCommand command, PrintWriter err) {
    CommandLine commandLine = new CommandLine(command);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println("nerkit: " + oneLine(e.getMessage()) + " (see nerkit --help)");
      return USAGE;
    });
    return commandLine;
  }

  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status;
    try {
      status = commandLine(new NerkitCommand(), err).execute(args);
    } catch (OutOfMemoryError e) {
      // Past every place that could carry on: say what to change rather than dump a stack trace.
      System.err.println("nerkit: out of memory; " + HEAP_ADVICE);
      status = OUT_OF_MEMORY;
    }
    System.exit(status);
  }
}
