package org.nerkit;

import java.util.Objects;

/**
 * A place that is not a country: a city, region, state, river, continent. {@code countryCode} is
 * the ISO 3166-1 alpha-2 code of the country it lies in, when nerkit knows it ("Moscow" → RU),
 * else null. Mentions of the same place share {@code entityId} and {@code canonical}.
 */
public record Location(String text, int start, int end, double confidence, String countryCode, String canonical,
    String entityId) implements NamedEntity {
  public Location {
    Entity.checkSpan(text, start, end, confidence);
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(entityId, "entityId");
  }

  @Override
  public EntityType type() {
    return EntityType.LOCATION;
  }
}
