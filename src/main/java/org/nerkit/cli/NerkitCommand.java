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
import org.nerkit.io.DocumentInput;
import org.nerkit.io.InvalidRecordException;
import org.nerkit.io.JsonLines;
import org.nerkit.io.Utf8Lines;
import org.nerkit.registry.EntityRegistry;
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
        "2:bad command line", "3:the models could not be loaded"})
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

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final JsonLines json = new JsonLines();
  private EntityRegistry registry;
  private long failures;

  @Override
  public Integer call() throws IOException {
    if (files.isEmpty() && !jsonl) {
      jsonl = true; // stdin carries JSON Lines: plain text has no document boundaries
    }
    if (maxDocumentBytes < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-document-bytes must be positive");
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
    try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      if (jsonl && files.isEmpty()) {
        processJsonLines(extractor, System.in, "stdin", out);
      } else {
        for (Path file : files) {
          if (jsonl) {
            processJsonFile(extractor, file, out);
          } else {
            processTextFile(extractor, file, out);
          }
        }
      }
    }
    if (registry != null) {
      try (Writer entities = Files.newBufferedWriter(entitiesOut, StandardCharsets.UTF_8)) {
        for (EntityRegistry.RegisteredEntity entity : registry.snapshot()) {
          entities.write(json.registered(entity));
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

  private void processTextFile(EntityExtractor extractor, Path file, Writer out) throws IOException {
    String id = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String text;
    try {
      long size = Files.size(file);
      if (size > maxDocumentBytes) {
        writeError(out, id, 0, file + ": " + size + " bytes exceeds --max-document-bytes " + maxDocumentBytes);
        return;
      }
      text = Utf8Lines.decode(Files.readAllBytes(file));
    } catch (IOException e) {
      writeError(out, id, 0, "cannot read " + file + ": " + describe(e));
      return;
    } catch (InvalidRecordException e) {
      writeError(out, id, 0, file + ": " + e.getMessage());
      return;
    }
    writeResult(out, extractor, new DocumentInput(id, text, referenceDate), 0);
  }

  private void processJsonFile(EntityExtractor extractor, Path file, Writer out) throws IOException {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      writeError(out, file.toString(), 0, "cannot read " + file + ": " + describe(e));
      return;
    }
    try (in) {
      processJsonLines(extractor, in, file.toString(), out);
    }
  }

  private void processJsonLines(EntityExtractor extractor, InputStream in, String source, Writer out) throws IOException {
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
        writeError(out, defaultId, lineNumber, e.getMessage());
        continue;
      }
      writeResult(out, extractor, input, lineNumber);
    }
  }

  private void writeResult(Writer out, EntityExtractor extractor, DocumentInput input, long lineNumber) throws IOException {
    Extraction extraction;
    try {
      extraction = input.referenceDate() == null
          ? extractor.extract(input.text())
          : extractor.extract(input.text(), input.referenceDate());
    } catch (RuntimeException e) {
      // A bug of ours must not cost the rest of the run its output; report it in the record's place.
      writeError(out, input.id(), lineNumber, "extraction failed: " + describe(e));
      return;
    }
    java.util.Map<String, String> globalIds = new java.util.HashMap<>();
    if (registry != null) {
      for (EntityRegistry.Link link : registry.add(input.id(), extraction)) {
        globalIds.put(link.documentEntityId(), link.registryId());
      }
    }
    out.write(json.result(input.id(), extraction, globalIds));
    out.write('\n');
  }

  private void writeError(Writer out, String id, long lineNumber, String message) throws IOException {
    failures++;
    out.write(json.error(id, lineNumber, message));
    out.write('\n');
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  public static void main(String[] args) {
    CommandLine commandLine = new CommandLine(new NerkitCommand());
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(commandLine.execute(args));
  }
}
