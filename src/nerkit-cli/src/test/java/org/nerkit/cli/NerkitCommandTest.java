package org.nerkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  @Test
  void badOptionsAreAUsageError() throws Exception {
    assertEquals(2, run(new byte[0], "--min-confidence", "7", "x.txt").status());
    assertEquals(2, run(new byte[0], "--types", "PLANET", "x.txt").status());
    assertEquals(2, run(new byte[0], "--max-document-bytes", "0", "x.txt").status());
    assertEquals(2, run(new byte[0], "--threads", "0", "x.txt").status());
    assertEquals(2, run(new byte[0], "--progress", "sometimes", "x.txt").status());
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
}
