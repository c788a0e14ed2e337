package org.nerkit.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  private static final AtomicFile.Content MANY_LINES = out -> {
    for (int k = 0; k < 10_000; k++) {
      out.write("{\"entityId\":\"g" + k + "\",\"canonical\":\"Vladimir Putin\"}\n");
    }
  };

  @Test
  void aWriteThatFailsPartWayLeavesThePreviousFileWholeAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("registry.jsonl");
    AtomicFile.write(target, out -> out.write("previous snapshot\n"));
    IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, MANY_LINES, FailAfter::new));
    assertEquals("No space left on device", failure.getMessage());
    assertEquals("previous snapshot\n", Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
    AtomicFile.write(target, MANY_LINES);
    assertEquals(10_000, Files.readAllLines(target).size());
  }

  @Test
  void checkWritableNamesWhatIsWrongAndLeavesNothing(@TempDir Path dir) throws Exception {
    IOException missing = assertThrows(IOException.class, () -> AtomicFile.checkWritable(dir.resolve("no/such/r.jsonl")));
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    IOException directory = assertThrows(IOException.class, () -> AtomicFile.checkWritable(dir));
    assertTrue(directory.getMessage().contains("is a directory"), directory.getMessage());
    AtomicFile.checkWritable(dir.resolve("r.jsonl"));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  /** A disk that fills up after 64 KiB. */
  private static final class FailAfter extends FilterOutputStream {
    private long written;

    FailAfter(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      written += len;
      if (written > 64 * 1024) {
        throw new IOException("No space left on device");
      }
      out.write(b, off, len);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }
}
