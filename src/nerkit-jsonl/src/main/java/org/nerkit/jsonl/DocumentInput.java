package org.nerkit.jsonl;

import java.time.LocalDate;
import java.util.Objects;

/** One document to extract: an id, its text and, optionally, the date relative dates refer to. */
public record DocumentInput(String id, String text, LocalDate referenceDate) {
  public DocumentInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
