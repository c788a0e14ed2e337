package org.nerkit.document;

import java.util.Objects;

/**
 * A span the pipeline believes names something, before it is typed: its label, character
 * offsets into the document, and the confidence of whatever found it (the recognizer's mean
 * token probability, or a rule's fixed confidence).
 */
public record Mention(Label label, int start, int end, double confidence) {
  public Mention {
    Objects.requireNonNull(label, "label");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
    }
  }

  /** The same span with another label. */
  public Mention withLabel(Label newLabel) {
    return new Mention(newLabel, start, end, confidence);
  }

  /** The same label and confidence over another span. */
  public Mention withSpan(int newStart, int newEnd) {
    return new Mention(label, newStart, newEnd, confidence);
  }

  /** The mention's text. */
  public String text(Document document) {
    return document.text().substring(start, end);
  }
}
