package org.nerkit.jsonl;

/** An input record that cannot be processed; the message says what is wrong with it. */
public final class InvalidRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidRecordException(String message) {
    super(message);
  }
}
