package org.nerkit.jsonl;

/**
 * An input record that cannot be processed; the message says what is wrong with it, and
 * {@link #id()} is the record's own {@code id} when it could be read, so that the error record
 * standing in for it can carry it.
 */
public final class InvalidRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String id;

  public InvalidRecordException(String message) {
    this(message, null);
  }

  public InvalidRecordException(String message, String id) {
    super(message);
    this.id = id;
  }

  /** The input's {@code id} as written, or null when the record had none or it could not be read. */
  public String id() {
    return id;
  }
}
