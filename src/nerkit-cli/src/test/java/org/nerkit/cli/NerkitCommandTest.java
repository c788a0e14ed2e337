package org.nerkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a pipeline sees it: one output line per input, errors in place, exit status. */
class NerkitCommandTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private record Run(int status, List<JsonNode> lines, String stderr, long stdinBytesRead) {}

  /** Counts what the command read of its stdin. */
  private static final class CountingInput extends java.io.FilterInputStream {
    long read;

    CountingInput(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read() throws java.io.IOException {
      int b = super.read();
      read += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      int n = super.read(b, off, len);
      read += Math.max(0, n);
      return n;
    }
  }

  private Run run(byte[] stdin, String... args) throws Exception {
    return run(stdin, new ByteArrayOutputStream(), args);
  }

  private Run run(byte[] stdin, OutputStream stdout, String... args) throws Exception {
    CountingInput in = new CountingInput(stdin);
    StringWriter err = new StringWriter();
    int status = NerkitCommand.commandLine(new NerkitCommand(in, stdout), new PrintWriter(err, true)).execute(args);
    List<JsonNode> lines = new ArrayList<>();
    if (stdout instanceof ByteArrayOutputStream out) {
      for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          lines.add(mapper.readTree(line));
        }
      }
    }
    return new Run(status, lines, err.toString(), in.read);
  }

  @Test
  void textFilesGiveOneLinePerFileWithExactOffsets(@TempDir Path dir) throws Exception {
    String first = "Chinese President Xi Jinping arrived in\nKazakhstan on Tuesday.";
    String second = "The European Union and Canada signed a trade deal in Ottawa.";
    Path a = Files.writeString(dir.resolve("a.txt"), first);
    Path b = Files.writeString(dir.resolve("b.txt"), second);
    Run run = run(new byte[0], a.toString(), b.toString());
    assertEquals(0, run.status(), run.stderr());
    assertEquals(2, run.lines().size());
    assertEquals("a.txt", run.lines().get(0).get("id").asText());
    assertEquals("b.txt", run.lines().get(1).get("id").asText());
    String[] texts = {first, second};
    for (int k = 0; k < 2; k++) {
      for (JsonNode entity : run.lines().get(k).get("entities")) {
        assertEquals(entity.get("text").asText(),
            texts[k].substring(entity.get("start").asInt(), entity.get("end").asInt()));
      }
    }
    assertTrue(run.lines().get(0).get("entities").toString().contains("\"countryCode\":\"KZ\""), run.lines().get(0).toString());
  }

  @Test
  void badJsonLinesBecomeErrorRecordsInPlaceAndTheRunGoesOn() throws Exception {
    byte[] good = "{\"id\":\"ok1\",\"text\":\"Brazil and Argentina met.\",\"referenceDate\":\"2021-09-16\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] malformed = "{\"id\": \"bad\", \"text\": \n".getBytes(StandardCharsets.UTF_8);
    byte[] noText = "{\"id\":\"no-text\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] badDate = "{\"id\":\"d\",\"text\":\"x\",\"referenceDate\":\"yesterday\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] badUtf8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    byte[] lastGood = "{\"id\":\"ok2\",\"text\":\"\"}".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    for (byte[] part : List.of(good, malformed, noText, badDate, badUtf8, lastGood)) {
      input.write(part);
    }
    Run run = run(input.toByteArray(), "--jsonl");
    assertEquals(1, run.status());
    assertTrue(run.stderr().contains("4 record(s) failed"), run.stderr());
    assertEquals(6, run.lines().size());
    assertEquals("ok1", run.lines().get(0).get("id").asText());
    assertEquals("2021-09-16", run.lines().get(0).get("referenceDate").asText());
    for (int k = 1; k <= 4; k++) {
      JsonNode error = run.lines().get(k);
      assertEquals(k + 1, error.get("line").asInt(), error.toString());
      assertTrue(error.get("error").asText().length() > 5, error.toString());
    }
    assertTrue(run.lines().get(4).get("error").asText().contains("UTF-8"));
    assertEquals("ok2", run.lines().get(5).get("id").asText());
    assertEquals(0, run.lines().get(5).get("entities").size());
  }

  @Test
  void anUnreadableFileYieldsAnErrorRecordAndStatusOne(@TempDir Path dir) throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "Peru is in South America.");
    Run run = run(new byte[0], dir.resolve("missing.txt").toString(), good.toString());
    assertEquals(1, run.status());
    assertEquals(2, run.lines().size());
    assertTrue(run.lines().get(0).get("error").asText().contains("missing.txt"));
    assertEquals("good.txt", run.lines().get(1).get("id").asText());
  }

  @Test
  void anOversizedLineIsReportedAndTheLinesAfterItAreProcessed() throws Exception {
    String big = "{\"id\":\"big\",\"text\":\"" + "Paris ".repeat(100) + "\"}";
    String input = "{\"id\":\"a\",\"text\":\"Chile\"}\n" + big + "\n{\"id\":\"b\",\"text\":\"Peru\"}\n";
    Run run = run(input.getBytes(StandardCharsets.UTF_8), "--jsonl", "--max-document-bytes", "200");
    assertEquals(1, run.status());
    assertEquals(3, run.lines().size());
    assertEquals("a", run.lines().get(0).get("id").asText());
    assertTrue(run.lines().get(1).get("error").asText().contains("exceeds --max-document-bytes 200"), run.lines().get(1).toString());
    assertEquals(2, run.lines().get(1).get("line").asInt());
    assertEquals("b", run.lines().get(2).get("id").asText());
  }

  @Test
  void anOversizedTextFileIsReportedNotRead(@TempDir Path dir) throws Exception {
    Path big = Files.writeString(dir.resolve("big.txt"), "Oslo is in Norway. ".repeat(20));
    Run run = run(new byte[0], "--max-document-bytes", "100", big.toString());
    assertEquals(1, run.status());
    assertTrue(run.lines().get(0).get("error").asText().contains("exceeds"), run.lines().get(0).toString());
  }

  @Test
  void entitiesOutWritesTheCrossDocumentRegistry(@TempDir Path dir) throws Exception {
    String input = "{\"id\":\"a\",\"text\":\"Chancellor Angela Merkel met officials of the World Health Organization in Geneva.\"}\n"
        + "{\"id\":\"b\",\"text\":\"Merkel returned to Geneva. Angela Merkel thanked the World Health Organization.\"}\n";
    Path registryFile = dir.resolve("entities.jsonl");
    Run run = run(input.getBytes(StandardCharsets.UTF_8), "--jsonl", "--entities-out", registryFile.toString());
    assertEquals(0, run.status(), run.stderr());
    String firstPerson = null;
    int personMentions = 0;
    for (JsonNode document : run.lines()) {
      for (JsonNode entity : document.get("entities")) {
        if (entity.get("type").asText().equals("PERSON")) {
          assertTrue(entity.has("entityId") && entity.has("globalEntityId"), entity.toString());
          firstPerson = firstPerson == null ? entity.get("globalEntityId").asText() : firstPerson;
          assertEquals(firstPerson, entity.get("globalEntityId").asText());
          personMentions++;
        }
      }
    }
    List<JsonNode> entities = new ArrayList<>();
    for (String line : Files.readAllLines(registryFile)) {
      entities.add(mapper.readTree(line));
    }
    JsonNode merkel = entities.stream().filter(e -> e.get("canonical").asText().equals("Angela Merkel")).findFirst().orElseThrow();
    assertEquals("PERSON", merkel.get("type").asText());
    assertEquals(firstPerson, merkel.get("entityId").asText());
    assertEquals(personMentions, merkel.get("mentions").asInt());
    assertEquals(List.of("a", "b"), List.of(merkel.get("documents").get(0).asText(), merkel.get("documents").get(1).asText()));
    assertTrue(merkel.get("aliases").toString().contains("Merkel"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--min-confidence 7", "--types PLANET", "--max-document-bytes 0", "--threads 0", "--threads x",
      "--progress sometimes", "--input-format csv", "--colour", "--jsonl --input-format text", "- -", "--registry-capacity 0"})
  void aBadOptionIsOneLineWithAPointerToHelpAndStatusTwo(String options) throws Exception {
    List<String> args = new ArrayList<>(List.of(options.split(" ")));
    args.add("x.txt");
    Run run = run(new byte[0], args.toArray(String[]::new));
    assertEquals(2, run.status(), run.stderr());
    assertEquals(1, run.stderr().lines().count(), run.stderr());
    assertTrue(run.stderr().startsWith("nerkit: ") && run.stderr().contains("--help"), run.stderr());
    assertTrue(run.lines().isEmpty());
  }

  @Test
  void threadsChangeNothingButSpeed() throws Exception {
    String[] sentences = {
        "Chancellor Olaf Scholz flew to Paris on Monday to meet President Emmanuel Macron.",
        "Toyota said its sales in Japan fell 4 percent in March.",
        "The World Bank cut its forecast for Brazil, Argentina and Chile.",
        "Kenyan runner Faith Kipyegon set a world record in Florence on June 2, 2023."};
    StringBuilder input = new StringBuilder();
    for (int k = 0; k < 60; k++) {
      if (k % 17 == 5) {
        input.append("{\"id\": \"broken\n"); // an error record must keep its place too
      } else {
        String text = sentences[k % 4] + " " + sentences[(k * 7 + 1) % 4];
        input.append("{\"id\":\"d").append(k).append("\",\"text\":\"").append(text).append("\",\"referenceDate\":\"2023-06-05\"}\n");
      }
    }
    byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
    Run one = run(bytes, "--jsonl", "--threads", "1");
    Run four = run(bytes, "--jsonl", "--threads", "4");
    assertEquals(60, one.lines().size());
    assertEquals(one.lines(), four.lines());
    assertEquals(one.status(), four.status());
    assertEquals("d59", four.lines().get(59).get("id").asText());
    assertTrue(four.lines().get(5).has("error"), four.lines().get(5).toString());
  }

  @Test
  void progressEndsWithASummary(@TempDir Path dir) throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Portugal beat Spain 2-1 in Lisbon on Sunday.");
    Path b = Files.writeString(dir.resolve("b.txt"), "Pfizer and Moderna shipped doses to India.");
    Run run = run(new byte[0], "--progress", "always", "--threads", "2", a.toString(), b.toString());
    assertEquals(0, run.status(), run.stderr());
    assertTrue(run.stderr().matches("(?s).*nerkit: 2 documents \\(0 failed\\), \\d+ entities, \\d+ tokens in .* tokens/s.*"), run.stderr());
    Run quiet = run(new byte[0], "--progress", "never", a.toString());
    assertEquals("", quiet.stderr());
  }

  private static byte[] jsonLines(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void errorRecordsKeepTheIdTheLineGave() throws Exception {
    Run run = run(jsonLines(
        "{\"id\":\"x\",\"text\":\"Rain in Oslo.\",\"referenceDate\":\"2024-02-30\"}",
        "{\"id\":\"y\",\"text\":null}",
        "{\"id\":\"z\",\"text\":{\"body\":\"Rain\"}}",
        "{\"id\":1.5e3,\"text\":\"Snow fell in Bergen.\"}",
        "{\"text\":null}"), "--jsonl");
    assertEquals(1, run.status());
    List<String> ids = run.lines().stream().map(l -> l.get("id").asText()).toList();
    assertEquals(List.of("x", "y", "z", "1.5e3", "stdin:5"), ids);
    assertTrue(run.lines().get(0).get("error").asText().contains("2024-02-30"));
    assertEquals("\"text\" is null; it must be a string", run.lines().get(1).get("error").asText());
    assertEquals("\"text\" must be a string, not object", run.lines().get(2).get("error").asText());
    assertTrue(run.lines().get(3).has("entities"), run.lines().get(3).toString());
    assertEquals(List.of(1L, 2L, 3L, 5L), run.lines().stream().filter(l -> l.has("error")).map(l -> l.get("line").asLong()).toList());
  }

  @Test
  void twoObjectsOnOneLineAreAnErrorNotASilentDrop() throws Exception {
    // What `cat a.jsonl b.jsonl` makes when a.jsonl lacks its last newline.
    Run run = run(jsonLines(
        "{\"id\":\"a1\",\"text\":\"Kenya and Uganda signed a border deal.\"}{\"id\":\"b1\",\"text\":\"Peru voted.\"}",
        "{\"id\":\"b2\",\"text\":\"Chile voted.\"} and then some",
        "{\"id\":\"b3\",\"text\":\"Bolivia voted.\"}"), "--jsonl");
    assertEquals(1, run.status());
    assertEquals(3, run.lines().size());
    assertEquals("a1", run.lines().get(0).get("id").asText());
    assertTrue(run.lines().get(0).get("error").asText().startsWith("more than one JSON value on the line"), run.lines().get(0).toString());
    assertEquals("b2", run.lines().get(1).get("id").asText());
    assertTrue(run.lines().get(1).get("error").asText().contains("after the object"), run.lines().get(1).toString());
    assertEquals("b3", run.lines().get(2).get("id").asText());
    assertTrue(run.stderr().contains("2 record(s) failed"), run.stderr());
  }

  @Test
  void dashIsStdinAndPlainTextOnStdinIsOneDocument(@TempDir Path dir) throws Exception {
    String text = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris.\nThey spoke about Ukraine.\n";
    byte[] stdin = text.getBytes(StandardCharsets.UTF_8);
    Run asText = run(stdin, "--input-format", "text");
    assertEquals(0, asText.status(), asText.stderr());
    assertEquals(1, asText.lines().size());
    assertEquals("stdin", asText.lines().get(0).get("id").asText());
    assertOffsetsFit(asText.lines().get(0), text);
    assertTrue(asText.lines().get(0).get("entities").toString().contains("\"countryCode\":\"UA\""));

    Path before = Files.writeString(dir.resolve("before.txt"), "Peru is in South America.");
    Run mixed = run(stdin, before.toString(), "-");
    assertEquals(0, mixed.status(), mixed.stderr());
    assertEquals(List.of("before.txt", "stdin"), mixed.lines().stream().map(l -> l.get("id").asText()).toList());
    assertEquals(asText.lines().get(0), mixed.lines().get(1));

    Run jsonl = run(jsonLines("{\"id\":\"j\",\"text\":\"Toyota is based in Japan.\"}"), "--input-format", "jsonl", "-");
    assertEquals(List.of("j"), jsonl.lines().stream().map(l -> l.get("id").asText()).toList());
    assertEquals("stdin:1", run(jsonLines("{\"text\":\"Japan\"}"), "--jsonl", "-").lines().get(0).get("id").asText());
  }

  @Test
  void aByteOrderMarkIsSkippedAndOffsetsCountFromTheTextAfterIt(@TempDir Path dir) throws Exception {
    String text = "Canada and Mexico agreed on Tuesday to review the deal.";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path file = dir.resolve("bom.txt");
    Files.write(file, concat(bom, text.getBytes(StandardCharsets.UTF_8)));
    Run run = run(new byte[0], file.toString());
    assertEquals(0, run.status(), run.stderr());
    JsonNode canada = run.lines().get(0).get("entities").get(0);
    assertEquals("Canada", canada.get("text").asText());
    assertEquals(0, canada.get("start").asInt());
    assertOffsetsFit(run.lines().get(0), text);

    byte[] lines = concat(bom, jsonLines("{\"id\":\"first\",\"text\":\"" + text + "\"}", "{\"id\":\"second\",\"text\":\"Peru\"}"));
    Run jsonl = run(lines, "--jsonl");
    assertEquals(0, jsonl.status(), jsonl.stderr());
    assertEquals("first", jsonl.lines().get(0).get("id").asText());
    assertEquals(0, jsonl.lines().get(0).get("entities").get(0).get("start").asInt());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static void assertOffsetsFit(JsonNode document, String text) {
    for (JsonNode entity : document.get("entities")) {
      assertEquals(entity.get("text").asText(), text.substring(entity.get("start").asInt(), entity.get("end").asInt()));
    }
  }

  @Test
  void outputFilesThatCannotBeWrittenStopTheRunBeforeAnyInputIsRead(@TempDir Path dir) throws Exception {
    byte[] input = jsonLines("{\"text\":\"Angela Merkel visited Kyiv.\"}");
    for (String option : List.of("--entities-out", "--registry")) {
      Run run = run(input, "--jsonl", option, dir.resolve("no/such/dir/reg.jsonl").toString());
      assertEquals(2, run.status(), run.stderr());
      assertEquals(0, run.stdinBytesRead(), option);
      assertEquals("nerkit: cannot write " + option + " " + dir.resolve("no/such/dir/reg.jsonl") + ": directory "
          + dir.resolve("no/such/dir") + " does not exist", run.stderr().strip());
      assertTrue(run.lines().isEmpty());
    }
  }

  @Test
  void aDamagedRegistrySnapshotIsRefusedBeforeAnyInputIsRead(@TempDir Path dir) throws Exception {
    Path snapshot = Files.writeString(dir.resolve("reg.jsonl"), "{\"format\":\"nerkit-registry\",\"version\":7,\"nextId\":1,\"entities\":0}\n");
    Run run = run(jsonLines("{\"text\":\"Angela Merkel visited Kyiv.\"}"), "--jsonl", "--registry", snapshot.toString());
    assertEquals(2, run.status());
    assertEquals(0, run.stdinBytesRead());
    assertTrue(run.stderr().contains("snapshot version 7"), run.stderr());
    assertEquals(1, run.stderr().lines().count());
  }

  @Test
  void aRegistryCarriesGlobalIdsFromOneRunToTheNext(@TempDir Path dir) throws Exception {
    List<String> corpus = List.of(
        "{\"id\":\"n1\",\"text\":\"Libyan leader Muammar Gaddafi met officials of the African Union in Tripoli.\"}",
        "{\"id\":\"n2\",\"text\":\"Chancellor Angela Merkel said Germany would send aid to Libya.\"}",
        "{\"id\":\"n3\",\"text\":\"The World Health Organization opened an office in Tripoli.\"}",
        "{\"id\":\"n4\",\"text\":\"Moammar Qaddafi spoke in Tripoli on Sunday; the African Union was silent.\"}",
        "{\"id\":\"n5\",\"text\":\"Merkel thanked the World Health Organization in Berlin.\"}",
        "{\"id\":\"n6\",\"text\":\"Angela Merkel and Muammar Gaddafi spoke by telephone, Berlin said.\"}");
    Run whole = run(jsonLines(corpus.toArray(String[]::new)), "--jsonl", "--threads", "2", "--registry", dir.resolve("whole.jsonl").toString());
    Path halves = dir.resolve("halves.jsonl");
    Run first = run(jsonLines(corpus.subList(0, 3).toArray(String[]::new)), "--jsonl", "--registry", halves.toString());
    assertTrue(Files.exists(halves));
    Run second = run(jsonLines(corpus.subList(3, 6).toArray(String[]::new)), "--jsonl", "--registry", halves.toString(),
        "--entities-out", dir.resolve("entities.jsonl").toString());
    for (Run run : List.of(whole, first, second)) {
      assertEquals(0, run.status(), run.stderr());
    }
    List<JsonNode> split = new ArrayList<>(first.lines());
    split.addAll(second.lines());
    assertEquals(whole.lines(), split); // every mention's globalEntityId among the rest
    assertEquals(Files.readString(dir.resolve("whole.jsonl")), Files.readString(halves));
    String gaddafi = globalId(whole.lines().get(0), "Muammar Gaddafi");
    assertEquals(gaddafi, globalId(whole.lines().get(3), "Moammar Qaddafi"));
    assertEquals(gaddafi, globalId(second.lines().get(2), "Muammar Gaddafi"));
    assertTrue(Files.readString(dir.resolve("entities.jsonl")).contains("\"entityId\":\"" + gaddafi + "\""));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("entities.jsonl", "halves.jsonl", "whole.jsonl"), files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  private static String globalId(JsonNode document, String mention) {
    for (JsonNode entity : document.get("entities")) {
      if (entity.get("text").asText().equals(mention)) {
        return entity.get("globalEntityId").asText();
      }
    }
    throw new AssertionError(mention + " not in " + document);
  }

  @Test
  void aFailingOutputStopsTheRunWithStatusFiveAndOneLine() throws Exception {
    StringBuilder input = new StringBuilder();
    for (int k = 0; k < 3000; k++) {
      input.append("{\"id\":\"d").append(k).append("\",\"text\":\"Brazil and Argentina met in Lima on June ").append(1 + k % 28).append(".\"}\n");
    }
    byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }

      @Override
      public void write(byte[] b, int off, int len) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }
    };
    Run run = run(bytes, full, "--jsonl", "--threads", "2");
    assertEquals(5, run.status(), run.stderr());
    assertEquals("nerkit: cannot write the output (No space left on device); stopped", run.stderr().strip());
    assertTrue(run.stdinBytesRead() < bytes.length / 2, "read " + run.stdinBytesRead() + " of " + bytes.length);
  }

  @Test
  void aModelThatCannotBeLoadedIsOneLineAndStatusThree(@TempDir Path dir) throws Exception {
    Path notAModel = Files.writeString(dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion></project>\n");
    for (Path model : List.of(notAModel, dir.resolve("missing.bin"), dir)) {
      Run run = run(new byte[0], "--model", model.toString(), "x.txt");
      assertEquals(3, run.status(), run.stderr());
      assertEquals(1, run.stderr().lines().count(), run.stderr());
      assertTrue(run.stderr().startsWith("nerkit: ") && run.stderr().contains(model.toString()), run.stderr());
      assertFalse(run.stderr().contains("\tat "), run.stderr());
    }
  }

  @Test
  void aDeviceIsReadNoFurtherThanTheSizeLimit() throws Exception {
    Run run = run(new byte[0], "--max-document-bytes", "100000", "/dev/zero");
    assertEquals(1, run.status(), run.stderr());
    assertEquals("zero", run.lines().get(0).get("id").asText());
    assertTrue(run.lines().get(0).get("error").asText().contains("exceeds --max-document-bytes 100000"), run.lines().get(0).toString());
    Run stdin = run(new byte[200_000], "--input-format", "text", "--max-document-bytes", "100000");
    assertEquals(1, stdin.status());
    assertEquals(100_001, stdin.stdinBytesRead());
  }

  @Test
  void theReadmeExitStatusTableIsTheOneTheCommandDeclares() throws Exception {
    String readme = Files.readString(Path.of("../../README.md"));
    List<String> rows = readme.lines().filter(l -> l.matches("\\| `[0-9]` \\|.*")).toList();
    String[] declared = NerkitCommand.class.getAnnotation(picocli.CommandLine.Command.class).exitCodeList();
    assertEquals(declared.length, rows.size(), String.join("\n", rows));
    for (int k = 0; k < declared.length; k++) {
      assertTrue(rows.get(k).startsWith("| `" + declared[k].substring(0, declared[k].indexOf(':')) + "` |"), rows.get(k));
    }
  }
}
