package org.nerkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Country and nationality mentions on hand-annotated news passages (country-passages.txt):
 * mention F1 (exact span) and code accuracy over the matched mentions. The passages cover
 * aliases, former states, demonyms, compounds, places that are not countries, organisations
 * named after countries, ambiguous names (Georgia, Jordan, Chad, Niger, Guinea, Congo, Turkey,
 * US) and ALL-CAPS headlines.
 */
class CountryAccuracyTest {
  private static final Pattern MARK = Pattern.compile("\\{\\{([^|}]+)\\|([CN]):([A-Z]{2})}}");
  private static EntityExtractor extractor;

  record Gold(String kind, int start, int end, String code) {}

  record Passage(String text, List<Gold> gold) {}

  @BeforeAll
  static void load() {
    extractor = EntityExtractor.english();
  }

  static List<Passage> passages(String resource) throws Exception {
    String all;
    try (InputStream in = CountryAccuracyTest.class.getResourceAsStream(resource)) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Passage> passages = new ArrayList<>();
    for (String block : all.replaceAll("(?m)^#.*\\n", "").split("(?m)^---\\n")) {
      StringBuilder text = new StringBuilder();
      List<Gold> gold = new ArrayList<>();
      Matcher m = MARK.matcher(block.strip());
      int last = 0;
      String raw = block.strip();
      while (m.find()) {
        text.append(raw, last, m.start());
        int start = text.length();
        text.append(m.group(1));
        gold.add(new Gold(m.group(2), start, text.length(), m.group(3)));
        last = m.end();
      }
      text.append(raw.substring(last));
      passages.add(new Passage(text.toString(), gold));
    }
    return passages;
  }

  /** {true positives with the right code, true positives, predicted, gold} per kind. */
  static Map<String, int[]> score(List<Passage> passages, List<String> errors) {
    Map<String, int[]> counts = new HashMap<>();
    counts.put("C", new int[4]);
    counts.put("N", new int[4]);
    for (Passage passage : passages) {
      Map<String, Gold> gold = new HashMap<>();
      for (Gold g : passage.gold()) {
        gold.put(g.kind() + g.start() + ":" + g.end(), g);
        counts.get(g.kind())[3]++;
      }
      for (Entity entity : extractor.extract(passage.text()).entities()) {
        String kind;
        String code;
        if (entity instanceof Country c) {
          kind = "C";
          code = c.countryCode();
        } else if (entity instanceof Nationality n) {
          kind = "N";
          code = n.countryCode();
        } else {
          continue;
        }
        int[] c = counts.get(kind);
        c[2]++;
        Gold g = gold.remove(kind + entity.start() + ":" + entity.end());
        if (g == null) {
          errors.add("spurious " + kind + " '" + entity.text() + "' in: " + passage.text());
          continue;
        }
        c[1]++;
        if (g.code().equals(code)) {
          c[0]++;
        } else {
          errors.add("wrong code " + code + " for '" + entity.text() + "' (gold " + g.code() + ")");
        }
      }
      for (Gold missed : gold.values()) {
        errors.add("missed " + missed.kind() + " '" + passage.text().substring(missed.start(), missed.end()) + "' in: " + passage.text());
      }
    }
    return counts;
  }

  @Test
  void countryAndNationalityMentionsAndCodes() throws Exception {
    List<Passage> passages = passages("country-passages.txt");
    assertTrue(passages.size() >= 30, "at least 30 passages");
    assertTargets("passages the rules were developed on", passages);
  }

  @Test
  void freshPassagesWrittenAfterTheRules() throws Exception {
    assertTargets("fresh passages", passages("country-passages-fresh.txt"));
  }

  private static void assertTargets(String title, List<Passage> passages) {
    List<String> errors = new ArrayList<>();
    Map<String, int[]> counts = score(passages, errors);
    StringBuilder report = new StringBuilder(title + ", " + passages.size() + " passages\n");
    for (String kind : List.of("C", "N")) {
      int[] c = counts.get(kind);
      double precision = 100.0 * c[1] / c[2];
      double recall = 100.0 * c[1] / c[3];
      double f1 = 2 * precision * recall / (precision + recall);
      double codeAccuracy = 100.0 * c[0] / c[1];
      report.append(String.format("%s: mentions gold %d predicted %d matched %d, P %.1f R %.1f F1 %.1f, code accuracy %.1f%n",
          kind.equals("C") ? "countries" : "nationalities", c[3], c[2], c[1], precision, recall, f1, codeAccuracy));
      assertTrue(f1 >= 98.0 && codeAccuracy >= 98.0, () -> report + String.join("\n", errors));
    }
    System.out.println(report + (errors.isEmpty() ? "" : String.join("\n", errors)));
  }
}
