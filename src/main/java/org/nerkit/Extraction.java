package org.nerkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable result of extracting one document: the original text, its sentences and tokens,
 * and the entities in text order. Every span is an offset range into {@link #text()}.
 *
 * @param referenceDate the date relative dates were resolved against, if any was given
 */
public record Extraction(String text, Optional<LocalDate> referenceDate, List<Sentence> sentences,
    List<Token> tokens, List<Entity> entities) {

  public Extraction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(referenceDate, "referenceDate");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
  }

  /**
   * The people, organisations, countries and places of the document, each once, with its
   * mentions; in order of first mention. Computed from {@link #entities()} on each call.
   */
  public List<ResolvedEntity> resolvedEntities() {
    java.util.Map<String, List<NamedEntity>> byId = new java.util.LinkedHashMap<>();
    for (Entity entity : entities) {
      if (entity instanceof NamedEntity named) {
        byId.computeIfAbsent(named.entityId(), id -> new java.util.ArrayList<>()).add(named);
      }
    }
    List<ResolvedEntity> resolved = new java.util.ArrayList<>(byId.size());
    byId.forEach((id, mentions) -> resolved.add(new ResolvedEntity(id, mentions.get(0).type(),
        mentions.get(0).canonicalName(), mentions)));
    return resolved;
  }

  /** The entities of one kind, in text order: {@code result.entities(Country.class)}. */
  public <T extends Entity> List<T> entities(Class<T> kind) {
    return entities.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
