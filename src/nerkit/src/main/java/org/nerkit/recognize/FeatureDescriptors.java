package org.nerkit.recognize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The OpenNLP feature descriptors nerkit's decoder builds features for itself ({@code features-v1},
 * {@code features-v3}, {@code features-v4}): resources of this package. A model carries its
 * descriptor; the decoder compares it with these to know which features to build. The training
 * tools train with them.
 */
public final class FeatureDescriptors {
  private FeatureDescriptors() {}

  /** The descriptor named {@code name} ("features-v1"), if it is one of the decoder's. */
  public static Optional<byte[]> named(String name) {
    if (!name.matches("features-v\\d+")) {
      return Optional.empty();
    }
    try (InputStream in = FeatureDescriptors.class.getResourceAsStream(name + ".xml")) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled feature descriptor " + name, e);
    }
  }
}
