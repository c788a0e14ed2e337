package org.nerkit;

import java.util.Objects;

/** A nationality or demonym ("Russian", "Afghans"), linked to its country's ISO 3166-1 code and name. */
public record Nationality(String text, int start, int end, double confidence, String countryCode, String countryName)
    implements Entity {
  public Nationality {
    Entity.checkSpan(text, start, end, confidence);
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(countryName, "countryName");
  }

  @Override
  public EntityType type() {
    return EntityType.NATIONALITY;
  }
}
