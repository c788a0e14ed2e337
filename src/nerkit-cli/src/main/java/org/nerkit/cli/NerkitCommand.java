package org.nerkit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.nerkit.EntityExtractor;
import org.nerkit.EntityType;
import org.nerkit.Extraction;
import org.nerkit.ModelLoadException;
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
 * it yields an error record in its place, and the exit status is 1 when any did.
 */
@Command(name = "nerkit", mixinStandardHelpOptions = true, version = "nerkit 0.1.0",
    description = {
        "Extract people, organisations, countries, nationalities, places and dates from English text.",
        "Writes one JSON line per input document to stdout: {\"id\", \"entities\": [...]}."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every document was processed", "1:some records failed (error records written; count on stderr)",
        "2:bad command line", "3:the models could not be loaded", "4:out of memory (output so far is complete lines)"})
public final class NerkitCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Plain-text files, one document each (id = file name); "
      + "with --jsonl, JSON Lines files. None: read JSON Lines from stdin.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--jsonl", description = "Input is JSON Lines: {\"id\": ..., \"text\": ..., \"referenceDate\": \"YYYY-MM-DD\"}.")
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

  private final JsonLines json = new JsonLines();
  private final RegistryJsonLines registryJson = new RegistryJsonLines();
  private EntityRegistry registry;
  private OrderedWorkers<Outcome> workers;
  private Progress display;
  private long failures;
  private long documents;
  private long entities;
  private long tokens;

  @Override
  public Integer call() throws IOException {
    if (files.isEmpty() && !jsonl) {
      jsonl = true; // stdin carries JSON Lines: plain text has no document boundaries
    }
    if (maxDocumentBytes < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-document-bytes must be positive");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be positive");
    }
    if (entitiesOut != null) {
      if (registryCapacity < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--registry-capacity must be positive");
      }
      registry = new EntityRegistry(registryCapacity);
    }
    EntityExtractor extractor;
    try {
      EntityExtractor.Builder builder = EntityExtractor.builder().minConfidence(minConfidence);
      if (types != null && !types.isEmpty()) {
        builder.types(types);
      }
      if (model != null) {
        builder.nameFinderModel(model);
      }
      extractor = builder.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (ModelLoadException e) {
      spec.commandLine().getErr().println("nerkit: " + e.getMessage());
      return 3;
    }
    long started = System.nanoTime();
    display = Progress.start(progress, inputBytes());
    try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        OrderedWorkers<Outcome> running = new OrderedWorkers<>(threads, 4 * threads, outcome -> emit(out, outcome))) {
      workers = running;
      if (jsonl && files.isEmpty()) {
        processJsonLines(extractor, System.in, "stdin");
      } else {
        for (Path file : files) {
          if (jsonl) {
            processJsonFile(extractor, file);
          } else {
            processTextFile(extractor, file);
          }
        }
      }
      running.finish();
    } finally {
      display.close();
    }
    if (display.shown()) {
      double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
      spec.commandLine().getErr().printf("nerkit: %,d documents (%,d failed), %,d entities, %,d tokens in %.1f s: %,.0f tokens/s%n",
          documents, failures, entities, tokens, seconds, tokens / seconds);
    }
    if (registry != null) {
      try (Writer entities = Files.newBufferedWriter(entitiesOut, StandardCharsets.UTF_8)) {
        for (EntityRegistry.RegisteredEntity entity : registry.snapshot()) {
          entities.write(registryJson.registered(entity));
          entities.write('\n');
        }
      }
    }
    if (failures > 0) {
      spec.commandLine().getErr().printf("nerkit: %d record(s) failed; see the error records in the output%n", failures);
      return 1;
    }
    return 0;
  }

  private void processTextFile(EntityExtractor extractor, Path file) throws IOException {
    String id = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String text;
    long size = 0;
    try {
      size = Files.size(file);
      if (size > maxDocumentBytes) {
        error(id, 0, file + ": " + size + " bytes exceeds --max-document-bytes " + maxDocumentBytes, size);
        return;
      }
      text = Utf8Lines.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      error(id, 0, "cannot read " + file + ": " + describe(e), size);
      return;
    } catch (InvalidRecordException e) {
      error(id, 0, file + ": " + e.getMessage(), size);
      return;
    }
    extract(extractor, new DocumentInput(id, text, referenceDate), 0, size);
  }

  private void processJsonFile(EntityExtractor extractor, Path file) throws IOException {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      error(file.toString(), 0, "cannot read " + file + ": " + describe(e), 0);
      return;
    }
    try (in) {
      processJsonLines(extractor, in, file.toString());
    }
  }

  private void processJsonLines(EntityExtractor extractor, InputStream in, String source) throws IOException {
    Utf8Lines lines = new Utf8Lines(in, maxDocumentBytes);
    long lineNumber = 0;
    Utf8Lines.Line raw;
    while ((raw = lines.nextLine()) != null) {
      lineNumber++;
      String defaultId = source + ":" + lineNumber;
      DocumentInput input;
      try {
        if (raw.tooLong()) {
          throw new InvalidRecordException("line of " + raw.length() + " bytes exceeds --max-document-bytes " + maxDocumentBytes);
        }
        String line = Utf8Lines.decode(raw.bytes());
        if (line.isBlank()) {
          throw new InvalidRecordException("blank line");
        }
        input = json.parseInput(line, defaultId, referenceDate);
      } catch (InvalidRecordException e) {
        error(defaultId, lineNumber, e.getMessage(), raw.length() + 1);
        continue;
      }
      extract(extractor, input, lineNumber, raw.length() + 1);
    }
  }

  /**
   * What became of one input record. Workers fill in the output line when they can; with a
   * registry, linking must follow input order, so the writer does it from {@code extraction}.
   */
  private record Outcome(String id, long lineNumber, long inputBytes, String line, Extraction extraction,
      String error, int tokens, int entities) {
  }

  /** Queues the extraction of one document on the workers; its line is written in input order. */
  private void extract(EntityExtractor extractor, DocumentInput input, long lineNumber, long inputBytes)
      throws IOException {
    boolean linking = registry != null;
    workers.submit(() -> {
      Extraction extraction;
      try {
        extraction = input.referenceDate() == null
            ? extractor.extract(input.text())
            : extractor.extract(input.text(), input.referenceDate());
      } catch (RuntimeException e) {
        // A bug of ours must not cost the rest of the run its output; report it in the record's place.
        return new Outcome(input.id(), lineNumber, inputBytes, null, null, "extraction failed: " + describe(e), 0, 0);
      }
      String line = linking ? null : json.result(input.id(), extraction, java.util.Map.of());
      return new Outcome(input.id(), lineNumber, inputBytes, line, linking ? extraction : null, null,
          extraction.tokens().size(), extraction.entities().size());
    });
  }

  /** An error record in the input's place, queued so that it keeps its position in the output. */
  private void error(String id, long lineNumber, String message, long inputBytes) throws IOException {
    Outcome outcome = new Outcome(id, lineNumber, inputBytes, null, null, message, 0, 0);
    workers.submit(() -> outcome);
  }

  /** Writes one outcome; called in input order, on one thread. */
  private void emit(Writer out, Outcome outcome) throws IOException {
    documents++;
    String line;
    if (outcome.error() != null) {
      failures++;
      line = json.error(outcome.id(), outcome.lineNumber(), outcome.error());
    } else if (outcome.line() != null) {
      line = outcome.line();
    } else {
      java.util.Map<String, String> globalIds = new java.util.HashMap<>();
      for (EntityRegistry.Link link : registry.add(outcome.id(), outcome.extraction())) {
        globalIds.put(link.documentEntityId(), link.registryId());
      }
      line = json.result(outcome.id(), outcome.extraction(), globalIds);
    }
    out.write(line);
    out.write('\n');
    entities += outcome.entities();
    tokens += outcome.tokens();
    display.advance(outcome.inputBytes(), documents, tokens);
  }

  /** Total input size when it is known in advance (files), else -1 (stdin). */
  private long inputBytes() {
    if (files.isEmpty()) {
      return -1;
    }
    long total = 0;
    for (Path file : files) {
      try {
        total += Files.size(file);
      } catch (IOException e) {
        // an unreadable file gets its error record later; it adds nothing to the progress total
      }
    }
    return total;
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  public static void main(String[] args) {
    CommandLine commandLine = new CommandLine(new NerkitCommand());
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    try {
      System.exit(commandLine.execute(args));
    } catch (OutOfMemoryError e) {
      // A document too large for the heap: say what to change rather than dump a stack trace.
      System.err.println("nerkit: out of memory; give the JVM more heap (java -Xmx...), or lower --threads "
          + "or --max-document-bytes (each document in flight needs about 40 bytes of heap per character)");
      System.exit(4);
    }
  }
}
