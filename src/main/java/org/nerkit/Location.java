package org.nerkit;

import java.util.Optional;

/**
 * A place that is not a country: a city, region, state, river, continent. {@code countryCode} is
 * the ISO 3166-1 alpha-2 code of the country it lies in, when nerkit knows it ("Moscow" → RU),
 * else null.
 */
public record Location(String text, int start, int end, double confidence, String countryCode) implements Entity {
  public Location {
    Entity.checkSpan(text, start, end, confidence);
  }

  /** The country this place lies in, when known. */
  public Optional<String> country() {
    return Optional.ofNullable(countryCode);
  }

  @Override
  public EntityType type() {
    return EntityType.LOCATION;
  }
}
