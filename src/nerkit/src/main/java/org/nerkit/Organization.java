package org.nerkit;

import java.util.Objects;

/**
 * An organisation. {@code canonical} is the fullest name the document uses for it (the long form
 * for an acronym defined in the document, "Collective Security Treaty Organization" for "CSTO");
 * mentions of the same organisation share {@code entityId}.
 */
public record Organization(String text, int start, int end, double confidence, String canonical, String entityId)
    implements NamedEntity {
  public Organization {
    Entity.checkSpan(text, start, end, confidence);
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(entityId, "entityId");
  }

  @Override
  public EntityType type() {
    return EntityType.ORGANIZATION;
  }
}
