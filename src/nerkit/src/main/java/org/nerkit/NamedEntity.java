package org.nerkit;

/**
 * A mention of something the document can name several ways — a person, an organisation, a
 * country, a place. Mentions of the same thing within one document share an {@code entityId}
 * ("e3") and a canonical name; {@link Extraction#resolvedEntities()} groups them.
 */
public sealed interface NamedEntity extends Entity permits Person, Organization, Country, Location {

  /** Identifies the entity within its {@link Extraction}; equal for all mentions of one thing. */
  String entityId();

  /** The entity's name: the fullest form the document uses, or a country's ISO short name. */
  String canonical();
}
