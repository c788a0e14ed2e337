package org.nerkit.registry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.nerkit.EntityType;
import org.nerkit.jsonl.JsonLines;

/**
 * The snapshot format of an {@link EntityRegistry} (README, "Registry snapshot"): JSON Lines, a
 * header line {@code {"format": "nerkit-registry", "version": 1, "nextId": N, "entities": N}},
 * then one line per entity, least recently linked first, with everything that decides how later
 * documents link: names, aliases, context, the keys it is indexed under and its counters.
 */
final class RegistrySnapshot {
  static final String FORMAT = "nerkit-registry";
  static final int VERSION = 1;

  private static final ObjectMapper MAPPER = JsonLines.newMapper();

  private RegistrySnapshot() {}

  static void write(EntityRegistry registry, Writer out) throws IOException {
    List<EntityRegistry.EntityState> states = registry.states();
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeNumberField("version", VERSION);
      json.writeNumberField("nextId", registry.nextIdNumber());
      json.writeNumberField("entities", states.size());
      json.writeEndObject();
      json.flush();
      out.write('\n');
      for (EntityRegistry.EntityState state : states) {
        json.writeStartObject();
        json.writeStringField("entityId", state.id());
        json.writeStringField("type", state.type().name());
        json.writeStringField("canonical", state.canonical());
        writeArray(json, "aliases", state.aliases());
        json.writeNumberField("mentions", state.mentions());
        json.writeNumberField("documentCount", state.documentCount());
        writeArray(json, "documents", state.documents());
        writeArray(json, "context", state.context());
        writeArray(json, "keys", state.keys());
        json.writeEndObject();
        json.flush();
        out.write('\n');
      }
    }
  }

  private static void writeArray(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  static EntityRegistry read(Reader in, String source, int capacity) throws IOException {
    BufferedReader lines = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    String headerLine = lines.readLine();
    if (headerLine == null) {
      throw new InvalidSnapshotException(source + ": empty file, not a registry snapshot");
    }
    if (headerLine.startsWith("\uFEFF")) {
      headerLine = headerLine.substring(1);
    }
    JsonNode header = parse(headerLine, source, 1);
    if (!FORMAT.equals(header.path("format").asText(null))) {
      throw new InvalidSnapshotException(source + " line 1: not a nerkit registry snapshot (no \"format\": \""
          + FORMAT + "\" header)");
    }
    JsonNode version = header.get("version");
    if (version == null || !version.canConvertToInt()) {
      throw new InvalidSnapshotException(source + " line 1: the header has no version number");
    }
    if (version.asInt() != VERSION) {
      throw new InvalidSnapshotException(source + ": snapshot version " + version.asText()
          + " is not one this nerkit reads (it reads version " + VERSION + ")");
    }
    long nextId = number(header, "nextId", source, 1);
    long count = number(header, "entities", source, 1);
    if (nextId < 1) {
      throw new InvalidSnapshotException(source + " line 1: \"nextId\" must be at least 1");
    }
    List<EntityRegistry.EntityState> states = new ArrayList<>();
    String line;
    int lineNumber = 1;
    while ((line = lines.readLine()) != null) {
      lineNumber++;
      states.add(entity(parse(line, source, lineNumber), nextId, source, lineNumber));
    }
    if (states.size() != count) {
      throw new InvalidSnapshotException(source + ": the header announces " + count + " entities but the file has "
          + states.size() + " (truncated or edited)");
    }
    try {
      return EntityRegistry.restore(capacity, nextId, states);
    } catch (IllegalArgumentException e) {
      throw new InvalidSnapshotException(source + ": " + e.getMessage());
    }
  }

  private static EntityRegistry.EntityState entity(JsonNode node, long nextId, String source, int line)
      throws InvalidSnapshotException {
    String id = text(node, "entityId", source, line);
    long number = EntityRegistry.idNumber(id);
    if (number < 1 || number >= nextId) {
      throw new InvalidSnapshotException(source + " line " + line + ": entity id " + id
          + " is not of the form g1 ... g" + (nextId - 1));
    }
    EntityType type;
    try {
      type = EntityType.valueOf(text(node, "type", source, line));
    } catch (IllegalArgumentException e) {
      throw new InvalidSnapshotException(source + " line " + line + ": unknown type " + node.get("type"));
    }
    return new EntityRegistry.EntityState(id, type, text(node, "canonical", source, line),
        strings(node, "aliases", source, line), number(node, "mentions", source, line),
        number(node, "documentCount", source, line), strings(node, "documents", source, line),
        strings(node, "context", source, line), strings(node, "keys", source, line));
  }

  private static JsonNode parse(String line, String source, int lineNumber) throws InvalidSnapshotException {
    try {
      JsonNode node = MAPPER.readTree(line);
      if (node == null || !node.isObject()) {
        throw new InvalidSnapshotException(source + " line " + lineNumber + ": not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidSnapshotException(source + " line " + lineNumber + ": malformed JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode node, String field, String source, int line) throws InvalidSnapshotException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new InvalidSnapshotException(source + " line " + line + ": \"" + field + "\" must be a string");
    }
    return value.asText();
  }

  private static long number(JsonNode node, String field, String source, int line) throws InvalidSnapshotException {
    JsonNode value = node.get(field);
    if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
      throw new InvalidSnapshotException(source + " line " + line + ": \"" + field + "\" must be a whole number >= 0");
    }
    return value.asLong();
  }

  private static List<String> strings(JsonNode node, String field, String source, int line) throws InvalidSnapshotException {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new InvalidSnapshotException(source + " line " + line + ": \"" + field + "\" must be an array of strings");
    }
    List<String> result = new ArrayList<>(value.size());
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw new InvalidSnapshotException(source + " line " + line + ": \"" + field + "\" must be an array of strings");
      }
      result.add(element.asText());
    }
    return List.copyOf(result);
  }
}
