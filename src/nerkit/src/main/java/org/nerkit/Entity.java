package org.nerkit;

/**
 * A mention of an entity in a document: a span of the document's text with a type and the
 * typed facts nerkit knows about it. Every implementation guarantees
 * {@code document.substring(start(), end()).equals(text())}; offsets are UTF-16 code units
 * (Java {@code String} indices), end exclusive.
 */
public sealed interface Entity permits NamedEntity, Nationality, Group, Date, Duration {

  /** The mention exactly as written in the document. */
  String text();

  /** Offset of the first character in the document. */
  int start();

  /** Offset just past the last character in the document. */
  int end();

  /** The recognizer's confidence in this mention, in [0, 1]. */
  double confidence();

  EntityType type();

  /** Checks the invariants all entity records share; called from their constructors. */
  static void checkSpan(String text, int start, int end, double confidence) {
    java.util.Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") does not fit mention text of length " + text.length());
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }
}
