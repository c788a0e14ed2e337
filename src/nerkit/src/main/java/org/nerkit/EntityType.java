package org.nerkit;

/** The kinds of entity nerkit extracts; the names are the {@code type} values of the JSON output. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  NATIONALITY,
  /** A religious, political or regional group ("Republicans", "Shiite"); see {@link Group}. */
  GROUP,
  LOCATION,
  DATE,
  /** A length of time ("20 years"); see {@link Duration}. */
  DURATION
}
