package org.nerkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a JVM of its own, as a shell runs it: a real closed pipe, a full device,
 * a small heap. Each test starts one JVM.
 */
class NerkitProcessTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private static ProcessBuilder nerkit(String heap, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
        "-cp", System.getProperty("java.class.path"), NerkitCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** Lines of short news items, many more than a reader of one line waits for. */
  private static Path manyDocuments(Path dir, int count) throws Exception {
    String[] sentences = {
        "Chancellor Olaf Scholz flew to Paris on Monday to meet President Emmanuel Macron.",
        "Toyota said its sales in Japan fell 4 percent in March.",
        "The World Bank cut its forecast for Brazil, Argentina and Chile.",
        "Kenyan runner Faith Kipyegon set a world record in Florence on June 2, 2023."};
    StringBuilder lines = new StringBuilder();
    for (int k = 0; k < count; k++) {
      lines.append("{\"id\":\"d").append(k).append("\",\"text\":\"").append(sentences[k % 4]).append("\"}\n");
    }
    return Files.writeString(dir.resolve("news.jsonl"), lines.toString());
  }

  @Test
  void aClosedPipeStopsTheRunAtOnce(@TempDir Path dir) throws Exception {
    Process process = nerkit("256m", "--jsonl", "--threads", "2")
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    // Input without end: the run can only stop by noticing that its reader is gone.
    Thread feeder = new Thread(() -> {
      try (var in = process.getOutputStream()) {
        for (long k = 0; ; k++) {
          in.write(("{\"id\":\"d" + k + "\",\"text\":\"Toyota said its sales in Japan fell 4 percent in March.\"}\n")
              .getBytes(StandardCharsets.UTF_8));
        }
      } catch (java.io.IOException e) {
        // the command stopped reading: what this test waits for
      }
    });
    feeder.setDaemon(true);
    feeder.start();
    String first;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      first = out.readLine(); // what `| head -1` does: one line, then the pipe closes
    }
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running a minute after its reader left");
    assertEquals("d0", mapper.readTree(first).get("id").asText());
    assertEquals(5, process.exitValue());
    assertEquals("nerkit: cannot write the output (Broken pipe); stopped", Files.readString(dir.resolve("stderr.txt")).strip());
  }

  @Test
  void aFullDeviceIsAFailureNotASilentSuccess(@TempDir Path dir) throws Exception {
    Path input = manyDocuments(dir, 10);
    Process process = nerkit("256m", "--jsonl", input.toString())
        .redirectOutput(new File("/dev/full")).redirectError(dir.resolve("stderr.txt").toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(5, process.exitValue());
    assertEquals("nerkit: cannot write the output (No space left on device); stopped",
        Files.readString(dir.resolve("stderr.txt")).strip());
  }

  @Test
  void documentsTooLargeForTheHeapGetErrorRecordsAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      lines.add("{\"id\":\"s" + k + "\",\"text\":\"Kenya and Uganda signed a border deal in Nairobi on Friday.\"}");
    }
    // 6 MB of text: held by the reader, too large for a worker to extract in this heap.
    lines.add(5, "{\"id\":\"big\",\"text\":\"" + "Oslo is in Norway. ".repeat(320_000) + "\"}");
    // 40 MB: too large for the reader to hold in this heap.
    lines.add(11, "{\"id\":\"huge\",\"text\":\"" + "Oslo is in Norway. ".repeat(2_100_000) + "\"}");
    Path input = Files.write(dir.resolve("mixed.jsonl"), lines, StandardCharsets.UTF_8);
    Process process = nerkit("128m", "--jsonl", "--threads", "2", "--max-document-bytes", "100000000", input.toString())
        .redirectOutput(dir.resolve("out.jsonl").toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES));
    String stderr = Files.readString(dir.resolve("stderr.txt"));
    assertEquals(1, process.exitValue(), stderr);
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("out.jsonl"))) {
      out.add(mapper.readTree(line));
    }
    assertEquals(14, out.size());
    for (int k = 0; k < 14; k++) {
      JsonNode record = out.get(k);
      String id = record.get("id").asText();
      if (k == 5 || k == 11) {
        assertTrue(record.get("error").asText().contains("heap"), record.toString());
        assertEquals(k + 1, record.get("line").asInt());
      } else {
        assertTrue(id.startsWith("s") && record.get("entities").size() > 0, record.toString());
      }
    }
    assertTrue(stderr.contains("2 record(s) failed"), stderr);
  }
}
