package org.nerkit;

import java.util.Objects;

/**
 * A country, with its ISO 3166-1 alpha-2 code ("RU") and English short name ("Russia").
 * Former states still named in the news carry their ISO 3166-3 alpha-2 code ("SU").
 */
public record Country(String text, int start, int end, double confidence, String code, String name) implements Entity {
  public Country {
    Entity.checkSpan(text, start, end, confidence);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public EntityType type() {
    return EntityType.COUNTRY;
  }
}
