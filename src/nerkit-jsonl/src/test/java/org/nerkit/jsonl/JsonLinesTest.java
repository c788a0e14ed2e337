package org.nerkit.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nerkit.Country;
import org.nerkit.Date;
import org.nerkit.Extraction;
import org.nerkit.Nationality;
import org.nerkit.Person;

class JsonLinesTest {
  private final JsonLines json = new JsonLines();
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void parsesADocumentLine() throws Exception {
    DocumentInput input = json.parseInput("{\"id\":\"a1\",\"text\":\"Hello\\nworld\",\"referenceDate\":\"2021-09-16\"}", "x", null);
    assertEquals(new DocumentInput("a1", "Hello\nworld", LocalDate.of(2021, 9, 16)), input);
  }

  @Test
  void missingIdAndDateFallBackToDefaults() throws Exception {
    DocumentInput input = json.parseInput("{\"text\":\"t\"}", "stdin:3", LocalDate.of(2020, 1, 1));
    assertEquals(new DocumentInput("stdin:3", "t", LocalDate.of(2020, 1, 1)), input);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"text\": ", "[1,2]", "{\"id\":\"a\"}", "{\"text\": 42}", "{\"text\":\"t\",\"referenceDate\":\"16/09/2021\"}",
      "{\"text\":\"t\",\"referenceDate\":\"2021-02-30\"}", "{\"text\":\"t\",\"id\":{\"x\":1}}", "\"just a string\""})
  void rejectsBadRecordsWithAReason(String line) {
    InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> json.parseInput(line, "d", null));
    assertTrue(e.getMessage().length() > 10, e.getMessage());
  }

  @Test
  void writesTheDocumentedSchema() throws Exception {
    String text = "Russian President Vladimir Putin visited Tajikistan on September 16.";
    Extraction extraction = new Extraction(text, Optional.of(LocalDate.of(2021, 9, 16)), Extraction.ReferenceDateSource.GIVEN, List.of(), List.of(), List.of(
        new Nationality("Russian", 0, 7, 0.91, "RU", "Russia"),
        new Person("Vladimir Putin", 18, 32, 0.97123456, "Vladimir Putin", "e1"),
        new Country("Tajikistan", 41, 51, 0.99, "TJ", "TJK", "762", "Tajikistan", false, "e2"),
        new Date("September 16", 55, 67, 0.9, "2021-09-16", true)));
    JsonNode root = mapper.readTree(json.result("doc-1", extraction));
    assertEquals("doc-1", root.get("id").asText());
    assertEquals(JsonLines.SCHEMA_VERSION, root.get("schemaVersion").asInt());
    JsonNode entities = root.get("entities");
    assertEquals(4, entities.size());
    assertEquals("NATIONALITY", entities.get(0).get("type").asText());
    assertEquals("RU", entities.get(0).get("countryCode").asText());
    JsonNode person = entities.get(1);
    assertEquals("PERSON", person.get("type").asText());
    assertEquals(18, person.get("start").asInt());
    assertEquals(32, person.get("end").asInt());
    assertEquals(0.9712, person.get("confidence").asDouble(), 1e-9);
    assertEquals("Vladimir Putin", person.get("canonical").asText());
    assertEquals("e1", person.get("entityId").asText());
    assertEquals("TJK", entities.get(2).get("countryAlpha3").asText());
    assertEquals("762", entities.get(2).get("countryNumeric").asText());
    assertEquals(false, entities.get(2).get("historical").asBoolean());
    assertEquals("TJ", entities.get(2).get("countryCode").asText());
    assertEquals("2021-09-16", entities.get(3).get("value").asText());
    for (JsonNode entity : entities) {
      assertEquals(entity.get("text").asText(), text.substring(entity.get("start").asInt(), entity.get("end").asInt()));
    }
  }

  @Test
  void anUnresolvedDateHasAnExplicitNullValue() throws Exception {
    Extraction extraction = new Extraction("20 years", Optional.empty(), Extraction.ReferenceDateSource.NONE, List.of(), List.of(),
        List.of(new Date("20 years", 0, 8, 0.8, null, false)));
    JsonNode date = mapper.readTree(json.result("d", extraction)).get("entities").get(0);
    assertTrue(date.has("value"));
    assertTrue(date.get("value").isNull());
  }

  @Test
  void errorRecordCarriesIdLineAndMessage() throws Exception {
    JsonNode error = mapper.readTree(json.error("stdin:7", 7, "malformed JSON"));
    assertEquals("stdin:7", error.get("id").asText());
    assertEquals(7, error.get("line").asInt());
    assertEquals("malformed JSON", error.get("error").asText());
  }

  @Test
  void strictUtf8DecodingReportsTheBadByte() throws Exception {
    assertEquals("Zürich", Utf8Lines.decode("Zürich".getBytes(StandardCharsets.UTF_8)));
    byte[] bad = {'a', 'b', (byte) 0xC3, '(', 'c'};
    InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> Utf8Lines.decode(bad));
    assertTrue(e.getMessage().contains("byte 2"), e.getMessage());
  }

  @Test
  void linesSplitOnNewlineAndDropCarriageReturns() throws Exception {
    Utf8Lines lines = new Utf8Lines(new java.io.ByteArrayInputStream("a\r\nb\n\nc".getBytes(StandardCharsets.UTF_8)), 100);
    assertEquals("a", new String(lines.nextLine().bytes(), StandardCharsets.UTF_8));
    assertEquals("b", new String(lines.nextLine().bytes(), StandardCharsets.UTF_8));
    assertEquals("", new String(lines.nextLine().bytes(), StandardCharsets.UTF_8));
    assertEquals("c", new String(lines.nextLine().bytes(), StandardCharsets.UTF_8));
    assertNull(lines.nextLine());
  }

  @Test
  void aLineOverTheLimitIsReportedWithItsLengthAndTheNextLineIsIntact() throws Exception {
    String input = "short\n" + "x".repeat(50) + "\r\n" + "exactly10!\r\nlast";
    Utf8Lines lines = new Utf8Lines(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), 10);
    assertEquals("short", new String(lines.nextLine().bytes(), StandardCharsets.UTF_8));
    Utf8Lines.Line tooLong = lines.nextLine();
    assertTrue(tooLong.tooLong());
    assertEquals(51, tooLong.length());
    assertEquals("exactly10!", new String(lines.nextLine().bytes(), StandardCharsets.UTF_8));
    assertEquals("last", new String(lines.nextLine().bytes(), StandardCharsets.UTF_8));
    assertNull(lines.nextLine());
  }

  @Test
  void loneSurrogatesSurviveTheRoundTripThroughUtf8Output() throws Exception {
    String text = "bad \uD800 half, good \uD83D\uDE00 pair";
    DocumentInput input = json.parseInput("{\"text\":\"bad \\ud800 half, good \\ud83d\\ude00 pair\"}", "d", null);
    assertEquals(text, input.text());
    Extraction extraction = new Extraction(text, Optional.empty(), Extraction.ReferenceDateSource.NONE, List.of(), List.of(),
        List.of(new org.nerkit.Location("\uD800 half", 4, 10, 0.5, null, "\uD800 half", "e1")));
    byte[] utf8 = json.result("d", extraction).getBytes(StandardCharsets.UTF_8);
    JsonNode entity = mapper.readTree(Utf8Lines.decode(utf8)).get("entities").get(0);
    assertEquals("\uD800 half", entity.get("text").asText());
  }

  @Test
  void aNumericIdIsKeptAsWritten() throws Exception {
    assertEquals("1.5e3", json.parseInput("{\"id\":1.5e3,\"text\":\"t\"}", "d", null).id());
    assertEquals("12345678901234567890123", json.parseInput("{\"id\":12345678901234567890123,\"text\":\"t\"}", "d", null).id());
    assertEquals("-0.50", json.parseInput("{\"text\":\"t\",\"id\":-0.50}", "d", null).id());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":\"x\",\"text\":\"Rain in Oslo.\",\"referenceDate\":\"2024-02-30\"}",
      "{\"id\":\"x\",\"text\":null}",
      "{\"text\":[\"Rain\"],\"id\":\"x\"}",
      "{\"id\":\"x\"}",
      "{\"id\":\"x\",\"text\":\"Rain\",\"referenceDate\":20240201}",
      "{\"id\":\"x\",\"text\":\"Rain in Oslo.\"}{\"id\":\"y\",\"text\":\"Snow in Bergen.\"}",
      "{\"id\":\"x\",\"text\":\"Rain in Oslo.\"} trailing words",
      "{\"id\":\"x\",\"text\":\"Rain in Oslo.\"},"})
  void anErrorKeepsTheIdTheLineGave(String line) {
    InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> json.parseInput(line, "in.jsonl:4", null));
    assertEquals("x", e.id(), e.getMessage());
  }

  @Test
  void errorsSayWhatIsWrongInWords() {
    assertEquals("\"text\" is null; it must be a string", message("{\"id\":\"x\",\"text\":null}"));
    assertEquals("missing \"text\"", message("{\"id\":\"x\"}"));
    assertEquals("\"text\" must be a string, not number", message("{\"text\":42}"));
    assertEquals("\"referenceDate\" is not a date YYYY-MM-DD: 2024-02-30",
        message("{\"text\":\"t\",\"referenceDate\":\"2024-02-30\"}"));
    assertTrue(message("{\"id\":\"x\",\"text\":\"a\"} {\"id\":\"y\",\"text\":\"b\"}").startsWith("more than one JSON value on the line"));
    assertTrue(message("{\"text\":\"a\"} 17").startsWith("more than one JSON value on the line"));
    assertTrue(message("{\"text\":\"a\"} garbage").startsWith("malformed JSON after the object"));
    assertTrue(message("{\"text\":\"a\",\"text\":\"b\"}").contains("Duplicate field 'text'"));
    InvalidRecordException noId = assertThrows(InvalidRecordException.class, () -> json.parseInput("{\"id\":{\"n\":1},\"text\":\"t\"}", "d", null));
    assertNull(noId.id());
  }

  @Test
  void whiteSpaceAroundTheObjectIsFine() throws Exception {
    assertEquals("Oslo", json.parseInput("  {\"text\":\"Oslo\", \"extra\": {\"text\": 1}}  \t", "d", null).text());
  }

  private String message(String line) {
    return assertThrows(InvalidRecordException.class, () -> json.parseInput(line, "d", null)).getMessage();
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkippedAndOnlyThere() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    java.io.ByteArrayOutputStream input = new java.io.ByteArrayOutputStream();
    input.writeBytes(bom);
    input.writeBytes("{\"text\":\"a\"}\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes(bom);
    input.writeBytes("{\"text\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
    Utf8Lines lines = new Utf8Lines(new java.io.ByteArrayInputStream(input.toByteArray()), 100);
    assertEquals("a", json.parseInput(Utf8Lines.decode(lines.nextLine().bytes()), "d", null).text());
    String second = Utf8Lines.decode(lines.nextLine().bytes());
    assertEquals('\uFEFF', second.charAt(0));
    assertThrows(InvalidRecordException.class, () -> json.parseInput(second, "d", null));

    byte[] text = "Oslo".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(text, 0, withBom, bom.length, text.length);
    assertEquals("Oslo", Utf8Lines.decodeDocument(withBom));
    assertEquals("Oslo", Utf8Lines.decodeDocument(text));
    assertEquals("", Utf8Lines.decodeDocument(bom));
  }

  @Test
  void linesLongerThanTheReadBufferComeBackWhole() throws Exception {
    String long1 = "a".repeat(200_000);
    String long2 = "b".repeat(70_000) + "\r";
    byte[] bytes = (long1 + "\n" + long2 + "\nc").getBytes(StandardCharsets.UTF_8);
    Utf8Lines lines = new Utf8Lines(new java.io.ByteArrayInputStream(bytes), 1_000_000);
    assertEquals(long1, new String(lines.nextLine().bytes(), StandardCharsets.UTF_8));
    assertEquals(long2.substring(0, 70_000), new String(lines.nextLine().bytes(), StandardCharsets.UTF_8));
    assertEquals("c", new String(lines.nextLine().bytes(), StandardCharsets.UTF_8));
    assertNull(lines.nextLine());
  }

  @Test
  void theStreamingWriterWritesTheSameBytesAsTheStringForm() throws Exception {
    String text = "Hamas and Israeli officials met in Cairo \uD83D\uDE00 on Monday for 20 years.";
    Extraction extraction = new Extraction(text, Optional.of(LocalDate.of(2024, 2, 5)), Extraction.ReferenceDateSource.GIVEN,
        List.of(), List.of(), List.of(
            new org.nerkit.Group("Hamas", 0, 5, 0.8),
            new Nationality("Israeli", 10, 17, 0.9, "IL", "Israel"),
            new org.nerkit.Location("Cairo", 35, 40, 0.95, "EG", "Cairo", "e1"),
            new Date("Monday", 47, 53, 0.97, "2024-02-05", true, "2024-02-06"),
            new org.nerkit.Duration("20 years", 58, 66, 0.9, "P20Y")));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    json.writeResult(out, "d7", extraction, java.util.Map.of("e1", "g3"));
    String line = json.result("d7", extraction, java.util.Map.of("e1", "g3"));
    assertEquals(line + "\n", out.toString(StandardCharsets.UTF_8));
    JsonNode entities = mapper.readTree(line).get("entities");
    assertEquals("GROUP", entities.get(0).get("type").asText());
    assertEquals("g3", entities.get(2).get("globalEntityId").asText());
    assertEquals("2024-02-06", entities.get(3).get("rangeEnd").asText());
    assertTrue(entities.get(3).get("relative").asBoolean());
    assertEquals("P20Y", entities.get(4).get("value").asText());
  }
}
