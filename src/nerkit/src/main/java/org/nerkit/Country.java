package org.nerkit;

import java.util.Objects;

/**
 * A country, with its ISO 3166-1 codes — alpha-2 ({@code countryCode}, "RU"), alpha-3
 * ({@code countryAlpha3}, "RUS") and numeric ({@code countryNumeric}, "643") — and English short
 * name ({@code countryName}, "Russia"). Former states still named in the news are
 * {@code historical} and carry their ISO 3166-3 codes ("SU", "SUN", "810"). Mentions of one
 * country share {@code entityId}.
 */
public record Country(String text, int start, int end, double confidence, String countryCode, String countryAlpha3,
    String countryNumeric, String countryName, boolean historical, String entityId) implements NamedEntity {
  public Country {
    Entity.checkSpan(text, start, end, confidence);
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(countryAlpha3, "countryAlpha3");
    Objects.requireNonNull(countryNumeric, "countryNumeric");
    Objects.requireNonNull(countryName, "countryName");
    Objects.requireNonNull(entityId, "entityId");
  }

  /** The ISO short name: "United States" for "U.S." and "the United States" alike. */
  @Override
  public String canonical() {
    return countryName;
  }

  @Override
  public EntityType type() {
    return EntityType.COUNTRY;
  }
}
