package org.nerkit.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nerkit.jsonl.JsonLines;

/** The registry's JSON Lines records (README, "Registry record"): one line per registered entity. Thread-safe. */
public final class RegistryJsonLines {
  private final ObjectMapper mapper = JsonLines.newMapper();

  public RegistryJsonLines() {}

  /** One line of the {@code --entities-out} file. */
  public String registered(EntityRegistry.RegisteredEntity entity) {
    ObjectNode root = mapper.createObjectNode();
    root.put("entityId", entity.entityId());
    root.put("type", entity.type().name());
    root.put("canonical", entity.canonical());
    ArrayNode aliases = root.putArray("aliases");
    entity.aliases().forEach(aliases::add);
    root.put("mentions", entity.mentions());
    root.put("documentCount", entity.documentCount());
    ArrayNode documents = root.putArray("documents");
    entity.documents().forEach(documents::add);
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }
}
