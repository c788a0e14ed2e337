package org.nerkit.jsonl;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
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

  /**
   * Parses one input line: exactly one JSON object, nothing after it but white space.
   *
   * <p>A numeric {@code id} is kept as written ({@code 1.5e3} stays {@code "1.5e3"}). Fields
   * other than {@code id}, {@code text} and {@code referenceDate} are ignored; a field given
   * twice is an error.
   *
   * @throws InvalidRecordException saying what is wrong with the line, carrying the line's
   *     {@code id} whenever it could be read
   */
  public DocumentInput parseInput(String line, String defaultId, LocalDate defaultReferenceDate)
      throws InvalidRecordException {
    Fields fields = new Fields();
    try (JsonParser parser = mapper.getFactory().createParser(line)) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new InvalidRecordException("expected a JSON object with a \"text\" field, not "
            + (first == null ? "nothing" : describe(first)));
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "id" -> {
            fields.idToken = value;
            if (value == JsonToken.VALUE_STRING || value.isNumeric()) {
              fields.id = parser.getText(); // a number's text exactly as written
            }
          }
          case "text" -> {
            fields.textToken = value;
            if (value == JsonToken.VALUE_STRING) {
              fields.text = parser.getText();
            }
          }
          case "referenceDate" -> {
            fields.dateToken = value;
            if (value == JsonToken.VALUE_STRING) {
              fields.date = parser.getText();
            }
          }
          default -> {
            // not ours: skipped below
          }
        }
        parser.skipChildren();
      }
      if (token != JsonToken.END_OBJECT) {
        throw new InvalidRecordException("malformed JSON: unexpected end of the object", fields.id);
      }
      JsonToken after;
      try {
        after = parser.nextToken();
      } catch (JsonProcessingException e) {
        throw new InvalidRecordException("malformed JSON after the object: " + e.getOriginalMessage(), fields.id);
      }
      if (after != null) {
        throw new InvalidRecordException("more than one JSON value on the line (a second "
            + describe(after) + " follows the object at column " + parser.currentTokenLocation().getColumnNr()
            + "); write one object per line", fields.id);
      }
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException("malformed JSON: " + e.getOriginalMessage(), fields.id);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a String cannot fail", e);
    }
    return fields.validate(defaultId, defaultReferenceDate);
  }

  /** The fields of an input object as parsed, before they are checked. */
  private static final class Fields {
    JsonToken idToken;
    String id;
    JsonToken textToken;
    String text;
    JsonToken dateToken;
    String date;

    DocumentInput validate(String defaultId, LocalDate defaultReferenceDate) throws InvalidRecordException {
      if (idToken != null && idToken != JsonToken.VALUE_NULL && id == null) {
        throw new InvalidRecordException("\"id\" must be a string or a number, not " + describe(idToken));
      }
      if (textToken == null) {
        throw new InvalidRecordException("missing \"text\"", id);
      }
      if (textToken == JsonToken.VALUE_NULL) {
        throw new InvalidRecordException("\"text\" is null; it must be a string", id);
      }
      if (text == null) {
        throw new InvalidRecordException("\"text\" must be a string, not " + describe(textToken), id);
      }
      LocalDate referenceDate = defaultReferenceDate;
      if (dateToken != null && dateToken != JsonToken.VALUE_NULL) {
        if (date == null) {
          throw new InvalidRecordException("\"referenceDate\" must be a string YYYY-MM-DD, not " + describe(dateToken), id);
        }
        try {
          referenceDate = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          throw new InvalidRecordException("\"referenceDate\" is not a date YYYY-MM-DD: " + date, id);
        }
      }
      return new DocumentInput(id == null ? defaultId : id, text, referenceDate);
    }
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name().toLowerCase(java.util.Locale.ROOT) : token.asString();
    };
  }

  /** The output record of one document. */
  public String result(String id, Extraction extraction) {
    return result(id, extraction, Map.of());
  }

  /**
   * The output record of one document, its named mentions also carrying {@code globalEntityId}:
   * the cross-document registry entity their document entity was linked to.
   */
  public String result(String id, Extraction extraction, Map<String, String> globalIds) {
    StringWriter out = new StringWriter(256 + 128 * extraction.entities().size());
    try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      writeResult(json, id, extraction, globalIds);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a String cannot fail", e);
    }
    return out.toString();
  }

  /**
   * Writes the output record of one document to {@code out} as UTF-8, followed by a newline:
   * the bytes of {@link #result(String, Extraction, Map)} without building the String first.
   */
  public void writeResult(OutputStream out, String id, Extraction extraction, Map<String, String> globalIds)
      throws IOException {
    try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writeResult(json, id, extraction, globalIds);
    }
    out.write('\n');
  }

  private void writeResult(JsonGenerator json, String id, Extraction extraction, Map<String, String> globalIds)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("id", id);
    json.writeNumberField("schemaVersion", SCHEMA_VERSION);
    if (extraction.referenceDate().isPresent()) {
      json.writeStringField("referenceDate", extraction.referenceDate().get().toString());
      json.writeStringField("referenceDateSource", extraction.referenceDateSource().name());
    }
    json.writeArrayFieldStart("entities");
    for (Entity entity : extraction.entities()) {
      writeEntity(json, entity, globalIds);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The error record that stands in for an input that could not be processed. */
  public String error(String id, long line, String message) {
    StringWriter out = new StringWriter(64 + message.length());
    try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("id", id);
      if (line > 0) {
        json.writeNumberField("line", line);
      }
      json.writeStringField("error", message);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a String cannot fail", e);
    }
    return out.toString();
  }

  /** A mention's confidence as written: four decimals. */
  public static double roundedConfidence(double confidence) {
    return Math.round(confidence * 10_000) / 10_000.0;
  }

  private static void writeEntity(JsonGenerator json, Entity entity, Map<String, String> globalIds) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", entity.type().name());
    json.writeStringField("text", entity.text());
    json.writeNumberField("start", entity.start());
    json.writeNumberField("end", entity.end());
    json.writeNumberField("confidence", roundedConfidence(entity.confidence()));
    if (entity instanceof Person p) {
      json.writeStringField("canonical", p.canonical());
    } else if (entity instanceof Organization o) {
      json.writeStringField("canonical", o.canonical());
    } else if (entity instanceof Country c) {
      json.writeStringField("countryCode", c.countryCode());
      json.writeStringField("countryName", c.countryName());
      json.writeStringField("countryAlpha3", c.countryAlpha3());
      json.writeStringField("countryNumeric", c.countryNumeric());
      json.writeBooleanField("historical", c.historical());
    } else if (entity instanceof Location l) {
      if (l.countryCode() != null) {
        json.writeStringField("countryCode", l.countryCode());
      }
      json.writeStringField("canonical", l.canonical());
    } else if (entity instanceof Nationality n) {
      json.writeStringField("countryCode", n.countryCode());
      json.writeStringField("countryName", n.countryName());
    } else if (entity instanceof Date d) {
      json.writeStringField("value", d.value());
      json.writeBooleanField("relative", d.relative());
      if (d.rangeEnd() != null) {
        json.writeStringField("rangeEnd", d.rangeEnd());
      }
    } else if (entity instanceof Duration d) {
      json.writeStringField("value", d.value());
    }
    if (entity instanceof NamedEntity named) {
      json.writeStringField("entityId", named.entityId());
      String global = globalIds.get(named.entityId());
      if (global != null) {
        json.writeStringField("globalEntityId", global);
      }
    }
    json.writeEndObject();
  }
}
