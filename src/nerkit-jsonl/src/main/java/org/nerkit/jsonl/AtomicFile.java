package org.nerkit.jsonl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;

/**
 * Writes a file so that readers only ever see the old content or the new, whole: the content
 * goes to a temporary file in the same directory, is flushed to disk, and is renamed over the
 * target in one step. A crash or error part-way leaves the previous file as it was.
 */
public final class AtomicFile {
  /** Writes the content; may throw to abandon the write. */
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  /** Replaces {@code target} with what {@code content} writes, as UTF-8. */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, UnaryOperator.identity());
  }

  /** As {@link #write(Path, Content)}; {@code wrap} sees the bytes on their way to the disk (tests). */
  static void write(Path target, Content content, UnaryOperator<OutputStream> wrap) throws IOException {
    Path directory = directoryOf(target);
    Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        Writer out = new BufferedWriter(new OutputStreamWriter(wrap.apply(Channels.newOutputStream(channel)),
            StandardCharsets.UTF_8), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      syncDirectory(directory);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Fails now, with the reason, if {@link #write} could not replace {@code target} later: the
   * directory is missing or not writable, or the target is a directory. Creates nothing that stays.
   */
  public static void checkWritable(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      throw new IOException(target + " is a directory");
    }
    Path directory = directoryOf(target);
    if (!Files.isDirectory(directory)) {
      throw new IOException("directory " + directory + " does not exist");
    }
    Path probe = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
    Files.delete(probe);
  }

  private static Path directoryOf(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    return parent == null ? target.toAbsolutePath().getRoot() : parent;
  }

  /** Makes the rename itself durable where the platform allows; a no-op elsewhere. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform can open a directory; the file itself is on disk already.
    }
  }
}
