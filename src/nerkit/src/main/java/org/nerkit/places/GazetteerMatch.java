package org.nerkit.places;

/**
 * A country name or demonym found in the text by the gazetteer: its span, what it names, and
 * whether the name alone is too ambiguous to count without the recognizer's agreement
 * ("Georgia", "Jordan", "Chad", "US").
 */
record GazetteerMatch(int start, int end, Kind kind, CountryInfo country, boolean ambiguous) {
  /** A country name or a nationality word. */
  enum Kind { COUNTRY, DEMONYM }
}
