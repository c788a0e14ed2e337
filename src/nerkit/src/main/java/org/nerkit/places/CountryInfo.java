package org.nerkit.places;

import java.util.Objects;

/**
 * One country: ISO 3166-1 alpha-2, alpha-3 and numeric codes and its English short name. Former
 * states ({@code historical}) carry their ISO 3166-3 codes (SU, YU, CS, DD).
 */
public record CountryInfo(String alpha2, String alpha3, String numeric, String name, boolean historical) {
  public CountryInfo {
    Objects.requireNonNull(alpha2, "alpha2");
    Objects.requireNonNull(alpha3, "alpha3");
    Objects.requireNonNull(numeric, "numeric");
    Objects.requireNonNull(name, "name");
  }
}
