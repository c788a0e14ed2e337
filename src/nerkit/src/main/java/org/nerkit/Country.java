package org.nerkit;

import java.util.Objects;

/**
 * A country, with its ISO 3166-1 codes — alpha-2 ({@code code}, "RU"), alpha-3 ("RUS") and
 * numeric ("643") — and English short name ("Russia"). Former states still named in the news are
 * {@code historical} and carry their ISO 3166-3 codes ("SU", "SUN", "810"). Mentions of one
 * country share {@code entityId}.
 */
public record Country(String text, int start, int end, double confidence, String code, String alpha3, String numericCode,
    String name, boolean historical, String entityId) implements NamedEntity {
  public Country {
    Entity.checkSpan(text, start, end, confidence);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(alpha3, "alpha3");
    Objects.requireNonNull(numericCode, "numericCode");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entityId, "entityId");
  }

  /** The ISO short name: "United States" for "U.S." and "the United States" alike. */
  @Override
  public String canonicalName() {
    return name;
  }

  @Override
  public EntityType type() {
    return EntityType.COUNTRY;
  }
}
