package org.nerkit.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of span a name finder model labels, as nerkit knows them: OntoNotes' names for the
 * types it maps to entities. A model whose labels are not among these (or their common aliases)
 * is refused when it is loaded, so that no mention is ever dropped for a label nerkit cannot type.
 */
public enum Label {
  /** A person → {@code Person}. */
  PERSON,
  /** An organisation → {@code Organization}. */
  ORG,
  /** A geo-political entity: a country, city or state → {@code Country} or {@code Location}. */
  GPE,
  /** A place that is not a political entity: a region, river, continent → {@code Location}. */
  LOC,
  /** A nationality, religious or political group → {@code Nationality} or {@code Group}. */
  NORP,
  /** A date or a length of time → {@code Date} or {@code Duration}. */
  DATE;

  /** Other spellings of the labels in models trained elsewhere (OpenNLP's English models, CoNLL-2003). */
  private static final Map<String, Label> ALIASES = Map.of(
      "person", PERSON, "per", PERSON, "organization", ORG, "organisation", ORG, "location", LOC, "date", DATE);

  /** The label a model calls {@code name} ("ORG", "person"), if nerkit knows it. */
  public static Optional<Label> of(String name) {
    for (Label label : values()) {
      if (label.name().equals(name)) {
        return Optional.of(label);
      }
    }
    return Optional.ofNullable(ALIASES.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The names {@link #of} accepts, for messages. */
  public static String known() {
    return Arrays.stream(values()).map(Label::name).collect(Collectors.joining(", "))
        + " (or " + ALIASES.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")";
  }

  /** A place or a group of people: what the place stage types. */
  public boolean isPlace() {
    return this == GPE || this == LOC || this == NORP;
  }
}
