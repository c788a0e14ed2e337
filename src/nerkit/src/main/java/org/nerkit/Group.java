package org.nerkit;

/**
 * A group of people that is not one country's nationality: a religious or political group
 * ("Shiite", "Republicans"), a regional or historical one ("Western", "Southeast Asian"). These
 * are OntoNotes' NORP mentions that name no country; demonyms of countries are {@link Nationality}.
 */
public record Group(String text, int start, int end, double confidence) implements Entity {
  public Group {
    Entity.checkSpan(text, start, end, confidence);
  }

  @Override
  public EntityType type() {
    return EntityType.GROUP;
  }
}
