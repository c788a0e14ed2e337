package org.nerkit;

import java.util.Objects;

/**
 * An organisation. {@code canonical} is the fullest name the document uses for it (the long form
 * for an acronym defined in the document, "Collective Security Treaty Organization" for "CSTO").
 */
public record Organization(String text, int start, int end, double confidence, String canonical) implements Entity {
  public Organization {
    Entity.checkSpan(text, start, end, confidence);
    Objects.requireNonNull(canonical, "canonical");
  }

  @Override
  public EntityType type() {
    return EntityType.ORGANIZATION;
  }
}
