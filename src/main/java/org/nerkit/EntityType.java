package org.nerkit;

/** The kinds of entity nerkit extracts; the names are the {@code type} values of the JSON output. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  NATIONALITY,
  LOCATION,
  DATE,
  /** A length of time ("20 years"); see {@link DurationMention}. */
  DURATION
}
