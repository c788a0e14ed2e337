package org.nerkit;

/** A place that is not a country: a city, region, state, river, continent. */
public record Location(String text, int start, int end, double confidence) implements Entity {
  public Location {
    Entity.checkSpan(text, start, end, confidence);
  }

  @Override
  public EntityType type() {
    return EntityType.LOCATION;
  }
}
