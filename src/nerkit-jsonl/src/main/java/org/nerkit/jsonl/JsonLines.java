package org.nerkit.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.nerkit.Country;
import org.nerkit.Date;
import org.nerkit.Duration;
import org.nerkit.Entity;
import org.nerkit.Extraction;
import org.nerkit.Location;
import org.nerkit.NamedEntity;
import org.nerkit.Nationality;
import org.nerkit.Organization;
import org.nerkit.Person;

/**
 * The JSON Lines formats of the command line, documented in the README as a contract:
 * input {@code {"id", "text", "referenceDate"?}}, output {@code {"id", "entities": [...]}},
 * error records {@code {"id", "line", "error"}}. Field names never change; fields may be added,
 * and {@link #SCHEMA_VERSION} grows when they are. Thread-safe.
 */
public final class JsonLines {
  /** Version of the output schema, written as {@code schemaVersion} on every output record. */
  public static final int SCHEMA_VERSION = 1;

  private final ObjectMapper mapper = newMapper();

  public JsonLines() {}

  /**
   * A Jackson mapper that writes JSON as nerkit's records do: every UTF-16 surrogate as a
   * {@code \\uXXXX} escape, so that text survives exactly (see {@link SurrogateEscapes}). For
   * other records of nerkit's JSON Lines family, such as the entity registry's.
   */
  public static ObjectMapper newMapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.getFactory().setCharacterEscapes(new SurrogateEscapes());
    return mapper;
  }

  /**
   * Writes every UTF-16 surrogate as a {@code \\uXXXX} escape. A lone surrogate (legal in a Java
   * String and in JSON input, impossible in UTF-8) would otherwise be replaced by '?' on its way to
   * a UTF-8 stream, silently changing the text and its offsets; escaped, it survives exactly.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Character.isSurrogate((char) ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }

  /** Parses one input line. @throws InvalidRecordException saying what is wrong with it */
  public DocumentInput parseInput(String line, String defaultId, LocalDate defaultReferenceDate)
      throws InvalidRecordException {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidRecordException("expected a JSON object with a \"text\" field");
    }
    JsonNode id = node.get("id");
    String idText = defaultId;
    if (id != null && !id.isNull()) {
      if (!id.isTextual() && !id.isNumber()) {
        throw new InvalidRecordException("\"id\" must be a string or a number");
      }
      idText = id.asText();
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      throw new InvalidRecordException("missing \"text\"");
    }
    if (!text.isTextual()) {
      throw new InvalidRecordException("\"text\" must be a string, not " + text.getNodeType().name().toLowerCase());
    }
    LocalDate referenceDate = defaultReferenceDate;
    JsonNode date = node.get("referenceDate");
    if (date != null && !date.isNull()) {
      if (!date.isTextual()) {
        throw new InvalidRecordException("\"referenceDate\" must be a string YYYY-MM-DD");
      }
      try {
        referenceDate = LocalDate.parse(date.asText());
      } catch (DateTimeParseException e) {
        throw new InvalidRecordException("\"referenceDate\" is not a date YYYY-MM-DD: " + date.asText());
      }
    }
    return new DocumentInput(idText, text.asText(), referenceDate);
  }

  /** The output record of one document. */
  public String result(String id, Extraction extraction) {
    return result(id, extraction, java.util.Map.of());
  }

  /**
   * The output record of one document, its named mentions also carrying {@code globalEntityId}:
   * the cross-document registry entity their document entity was linked to.
   */
  public String result(String id, Extraction extraction, java.util.Map<String, String> globalIds) {
    ObjectNode root = mapper.createObjectNode();
    root.put("id", id);
    root.put("schemaVersion", SCHEMA_VERSION);
    extraction.referenceDate().ifPresent(date -> {
      root.put("referenceDate", date.toString());
      root.put("referenceDateSource", extraction.referenceDateSource().name());
    });
    ArrayNode entities = root.putArray("entities");
    for (Entity entity : extraction.entities()) {
      ObjectNode node = entity(entity);
      if (entity instanceof NamedEntity named && globalIds.containsKey(named.entityId())) {
        node.put("globalEntityId", globalIds.get(named.entityId()));
      }
      entities.add(node);
    }
    return write(root);
  }

  /** The error record that stands in for an input that could not be processed. */
  public String error(String id, long line, String message) {
    ObjectNode root = mapper.createObjectNode();
    root.put("id", id);
    if (line > 0) {
      root.put("line", line);
    }
    root.put("error", message);
    return write(root);
  }

  ObjectNode entity(Entity entity) {
    ObjectNode node = mapper.createObjectNode();
    node.put("type", entity.type().name());
    node.put("text", entity.text());
    node.put("start", entity.start());
    node.put("end", entity.end());
    node.put("confidence", Math.round(entity.confidence() * 10_000) / 10_000.0);
    if (entity instanceof Person p) {
      node.put("canonical", p.canonical());
    } else if (entity instanceof Organization o) {
      node.put("canonical", o.canonical());
    } else if (entity instanceof Country c) {
      node.put("countryCode", c.countryCode());
      node.put("countryName", c.countryName());
      node.put("countryAlpha3", c.countryAlpha3());
      node.put("countryNumeric", c.countryNumeric());
      node.put("historical", c.historical());
    } else if (entity instanceof Location l) {
      if (l.countryCode() != null) {
        node.put("countryCode", l.countryCode());
      }
      node.put("canonical", l.canonical());
    } else if (entity instanceof Nationality n) {
      node.put("countryCode", n.countryCode());
      node.put("countryName", n.countryName());
    } else if (entity instanceof Date d) {
      node.put("value", d.value());
      node.put("relative", d.relative());
      if (d.rangeEnd() != null) {
        node.put("rangeEnd", d.rangeEnd());
      }
    } else if (entity instanceof Duration d) {
      node.put("value", d.value());
    }
    if (entity instanceof NamedEntity named) {
      node.put("entityId", named.entityId());
    }
    return node;
  }

  private String write(ObjectNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }
}
