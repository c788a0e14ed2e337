package org.nerkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable result of extracting one document: the original text, its sentences and tokens,
 * and the entities in text order. Every span is an offset range into {@link #text()}.
 *
 * @param referenceDate the date relative dates were resolved against, if any
 * @param referenceDateSource where that date came from
 */
public record Extraction(String text, Optional<LocalDate> referenceDate, ReferenceDateSource referenceDateSource,
    List<Sentence> sentences, List<Token> tokens, List<Entity> entities) {

  /** Where the reference date came from: the caller, the document itself, or nowhere. */
  public enum ReferenceDateSource {
    /** Given to {@code extract(text, referenceDate)}. */
    GIVEN,
    /** A {@code date YYYY-MM-DD} header at the top of the document. */
    DOCUMENT_HEADER,
    /** A full date in the document's dateline or byline. */
    DOCUMENT_DATELINE,
    /** None: relative dates stay unresolved. */
    NONE
  }

  public Extraction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(referenceDate, "referenceDate");
    Objects.requireNonNull(referenceDateSource, "referenceDateSource");
    if (referenceDate.isPresent() == (referenceDateSource == ReferenceDateSource.NONE)) {
      throw new IllegalArgumentException("referenceDateSource " + referenceDateSource + " does not fit referenceDate " + referenceDate);
    }
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
        mentions.get(0).canonical(), mentions)));
    return resolved;
  }

  /** The entities of one kind, in text order: {@code result.entities(Country.class)}. */
  public <T extends Entity> List<T> entities(Class<T> kind) {
    return entities.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
