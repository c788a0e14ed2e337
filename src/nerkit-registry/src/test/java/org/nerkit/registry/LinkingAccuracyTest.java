package org.nerkit.registry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nerkit.EntityExtractor;
import org.nerkit.Extraction;
import org.nerkit.NamedEntity;

/**
 * Pairwise precision and recall of entity links on hand-annotated documents
 * (linking-documents.txt): within each document (mentions sharing an entityId) and across
 * documents (document entities merged by the registry). Only mentions the recognizer found with
 * the exact gold span take part, so that these figures measure linking, not recognition.
 */
class LinkingAccuracyTest {
  private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|([^\\]]+)]]");

  record Gold(int start, int end, String id) {}

  record Document(String text, List<Gold> gold) {}

  static List<Document> documents() throws Exception {
    String all;
    try (InputStream in = LinkingAccuracyTest.class.getClassLoader().getResourceAsStream("org/nerkit/linking-documents.txt")) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Document> documents = new ArrayList<>();
    for (String block : all.replaceAll("(?m)^#.*\\n", "").split("(?m)^---\\n")) {
      String raw = block.strip();
      StringBuilder text = new StringBuilder();
      List<Gold> gold = new ArrayList<>();
      Matcher m = MARK.matcher(raw);
      int last = 0;
      while (m.find()) {
        text.append(raw, last, m.start());
        int start = text.length();
        text.append(m.group(1));
        if (!m.group(2).equals("-")) {
          gold.add(new Gold(start, text.length(), m.group(2)));
        }
        last = m.end();
      }
      text.append(raw.substring(last));
      documents.add(new Document(text.toString(), gold));
    }
    return documents;
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 100.0 : 100.0 * part / whole;
  }

  @Test
  void withinAndAcrossDocuments() throws Exception {
    EntityExtractor extractor = EntityExtractor.english();
    EntityRegistry registry = new EntityRegistry(1000);
    List<Document> documents = documents();
    int withinSystem = 0;
    int withinGold = 0;
    int withinCorrect = 0;
    int goldMentions = 0;
    int foundMentions = 0;
    // Across documents: one item per (document, system entity) with its gold id and registry id.
    List<String[]> documentEntities = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      Document document = documents.get(d);
      Extraction extraction = extractor.extract(document.text());
      Map<String, String> globalIds = new HashMap<>();
      for (EntityRegistry.Link link : registry.add("doc" + d, extraction)) {
        globalIds.put(link.entityId(), link.globalEntityId());
      }
      Map<String, NamedEntity> bySpan = new HashMap<>();
      for (NamedEntity entity : extraction.entities(NamedEntity.class)) {
        bySpan.put(entity.start() + ":" + entity.end(), entity);
      }
      List<NamedEntity> found = new ArrayList<>();
      List<String> goldIds = new ArrayList<>();
      goldMentions += document.gold().size();
      for (Gold g : document.gold()) {
        NamedEntity entity = bySpan.get(g.start() + ":" + g.end());
        if (entity == null) {
          errors.add("doc" + d + ": not recognized '" + document.text().substring(g.start(), g.end()) + "'");
          continue;
        }
        found.add(entity);
        goldIds.add(g.id());
      }
      foundMentions += found.size();
      Map<String, String> goldOfEntity = new HashMap<>();
      for (int i = 0; i < found.size(); i++) {
        goldOfEntity.putIfAbsent(found.get(i).entityId(), goldIds.get(i));
        for (int j = i + 1; j < found.size(); j++) {
          boolean system = found.get(i).entityId().equals(found.get(j).entityId());
          boolean gold = goldIds.get(i).equals(goldIds.get(j));
          withinSystem += system ? 1 : 0;
          withinGold += gold ? 1 : 0;
          withinCorrect += system && gold ? 1 : 0;
          if (system != gold) {
            errors.add("doc" + d + ": " + (system ? "wrongly linked " : "not linked ") + found.get(i).text() + " / " + found.get(j).text());
          }
        }
      }
      String documentId = "doc" + d;
      goldOfEntity.forEach((entityId, goldId) -> documentEntities.add(new String[] {documentId, goldId, globalIds.get(entityId)}));
    }
    int acrossSystem = 0;
    int acrossGold = 0;
    int acrossCorrect = 0;
    for (int i = 0; i < documentEntities.size(); i++) {
      for (int j = i + 1; j < documentEntities.size(); j++) {
        String[] a = documentEntities.get(i);
        String[] b = documentEntities.get(j);
        if (a[0].equals(b[0])) {
          continue;
        }
        boolean system = a[2].equals(b[2]);
        boolean gold = a[1].equals(b[1]);
        acrossSystem += system ? 1 : 0;
        acrossGold += gold ? 1 : 0;
        acrossCorrect += system && gold ? 1 : 0;
        if (system != gold) {
          errors.add((system ? "wrongly merged " : "not merged ") + a[1] + "@" + a[0] + " / " + b[1] + "@" + b[0]);
        }
      }
    }
    String report = String.format("mentions recognized with the gold span: %d of %d%n"
            + "within documents: link pairs system %d, gold %d, correct %d: precision %.1f, recall %.1f%n"
            + "across documents: merge pairs system %d, gold %d, correct %d: precision %.1f, recall %.1f%n%s",
        foundMentions, goldMentions, withinSystem, withinGold, withinCorrect, percent(withinCorrect, withinSystem),
        percent(withinCorrect, withinGold), acrossSystem, acrossGold, acrossCorrect, percent(acrossCorrect, acrossSystem),
        percent(acrossCorrect, acrossGold), String.join("\n", errors));
    System.out.println(report);
    assertTrue(percent(withinCorrect, withinSystem) >= 95 && percent(withinCorrect, withinGold) >= 90, report);
    assertTrue(percent(acrossCorrect, acrossSystem) >= 95, report);
  }
}
