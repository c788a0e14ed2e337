package org.nerkit;

import java.util.List;
import java.util.Objects;

/** One real-world thing a document names, with all its mentions in text order. */
public record ResolvedEntity(String entityId, EntityType type, String canonical, List<NamedEntity> mentions) {
  public ResolvedEntity {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
    mentions = List.copyOf(mentions);
  }
}
