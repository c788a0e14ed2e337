package org.nerkit;

import java.util.Objects;

/**
 * A person. {@code canonical} is the fullest name the document uses for the same person
 * ("Vladimir Putin" for a later "Putin"), or the mention itself when there is none.
 */
public record Person(String text, int start, int end, double confidence, String canonical) implements Entity {
  public Person {
    Entity.checkSpan(text, start, end, confidence);
    Objects.requireNonNull(canonical, "canonical");
  }

  @Override
  public EntityType type() {
    return EntityType.PERSON;
  }
}
