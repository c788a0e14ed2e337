package org.nerkit.registry;

import java.io.IOException;

/** A file that is not a registry snapshot this version of nerkit reads; the message names the file and line. */
public final class InvalidSnapshotException extends IOException {
  private static final long serialVersionUID = 1L;

  InvalidSnapshotException(String message) {
    super(message);
  }
}
