package org.nerkit;

import java.util.Objects;

/**
 * A person. {@code canonical} is the fullest name the document uses for the same person
 * ("Vladimir Putin" for a later "Putin"), without titles such as "President"; mentions of the same
 * person share {@code entityId}.
 */
public record Person(String text, int start, int end, double confidence, String canonical, String entityId)
    implements NamedEntity {
  public Person {
    Entity.checkSpan(text, start, end, confidence);
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(entityId, "entityId");
  }

  @Override
  public EntityType type() {
    return EntityType.PERSON;
  }
}
