package org.nerkit.train.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void isSpaceIsTheSpaceClass() {
    Pattern space = Pattern.compile(Text.SPACE_CLASS);
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int codePoint = c;
      assertEquals(space.matcher(Character.toString(c)).matches(), Text.isSpace(c), () -> "U+" + Integer.toHexString(codePoint));
    }
  }

  @Test
  void stripRemovesAllWhiteSpace() {
    assertEquals("a b", Text.strip("\u3000\u0085 a b\u2028\u001f"));
    assertEquals("", Text.strip(" \t"));
  }

  @Test
  void codePointOrderIsUtf8ByteOrder() {
    Random random = new Random(7);
    int[] pool = {'a', 'b', 'é', 0x3000, 0xD7FF, 0xE000, 0xFB01, 0xFFFD, 0x1D538, 0x1F600, 0x10FFFF};
    String[] words = new String[2000];
    for (int i = 0; i < words.length; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(4); n >= 0; n--) {
        b.appendCodePoint(pool[random.nextInt(pool.length)]);
      }
      words[i] = b.toString();
    }
    String[] byText = words.clone();
    Arrays.sort(byText, Text.CODE_POINT_ORDER);
    String[] byBytes = words.clone();
    Arrays.sort(byBytes, (x, y) -> Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8)));
    assertEquals(Arrays.asList(byBytes), Arrays.asList(byText));
  }
}
