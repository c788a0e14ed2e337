package org.nerkit;

/** A bundled or user-supplied model could not be loaded; the message names the model and the cause. */
public final class ModelLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
