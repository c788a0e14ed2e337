package org.nerkit.train.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvWriterTest {
  @TempDir
  Path dir;

  @Test
  void writesRowsAndRejectsFieldsWithSeparators() throws Exception {
    Path out = dir.resolve("x.tsv");
    try (TsvWriter w = new TsvWriter(out)) {
      assertTrue(w.row("Zürich", "a"));
      assertFalse(w.row("a\tb", "c"));
      assertFalse(w.row("a", "b\nc"));
      assertTrue(w.row("", "d"));
      assertEquals(2, w.rows());
      assertEquals(2, w.rejected());
      assertFalse(Files.exists(out), "target appears only on commit");
      w.commit();
    }
    assertEquals("Zürich\ta\n\td\n", Files.readString(out, StandardCharsets.UTF_8));
    assertFalse(Files.exists(dir.resolve("x.tsv.part")));
  }

  @Test
  void aFailedWriteLeavesNoFile() throws Exception {
    Path out = dir.resolve("x.tsv");
    assertThrows(IOException.class, () -> {
      try (TsvWriter w = new TsvWriter(out)) {
        w.row("a", "b");
        w.row("\uD800", "lone surrogate"); // not encodable: fails rather than writing '?'
        w.commit();
      }
    });
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(dir.resolve("x.tsv.part")));
  }
}
