package org.nerkit.train.lexicon;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a UTF-8, LF-terminated, tab-separated file without header or quoting.
 *
 * <p>A field may not contain TAB, LF or CR; rows with such a field are skipped and counted
 * ({@link #rejected()}), never silently altered (nor is text that is not valid UTF-16: writing it
 * fails). The rows go to a temporary sibling that {@link #commit()} moves into place, and
 * {@link #close()} without a commit deletes it, so a failed or interrupted run never leaves a
 * truncated file under the real name.
 */
public final class TsvWriter implements Closeable {
  private final Path target;
  private final Path temp;
  private final BufferedWriter out;
  private long rows;
  private long rejected;
  private boolean done;

  public TsvWriter(Path target) throws IOException {
    this.target = target;
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    this.temp = dir.resolve(target.getFileName() + ".part");
    this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8.newEncoder()),
        1 << 20);
  }

  /** True if {@code field} can be written as a TSV field. */
  public static boolean isValidField(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes one row.
   *
   * @return false (and nothing written) if a field contains TAB, LF or CR
   */
  public boolean row(String... fields) throws IOException {
    for (String f : fields) {
      if (!isValidField(f)) {
        rejected++;
        return false;
      }
    }
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(fields[i]);
    }
    out.write('\n');
    rows++;
    return true;
  }

  public long rows() {
    return rows;
  }

  public long rejected() {
    return rejected;
  }

  /** Finishes the file and moves it to its name. */
  public void commit() throws IOException {
    out.close();
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    done = true;
  }

  /** Deletes the unfinished file unless {@link #commit()} was called. */
  @Override
  public void close() throws IOException {
    if (!done) {
      try {
        out.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }
}
