package org.nerkit.train.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The coordinates in {@link Sources} are the ones the build fetches. */
class SourcesTest {
  private static <T> List<T> constants(Class<T> type) throws IllegalAccessException {
    List<T> values = new ArrayList<>();
    for (Field f : Sources.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
        values.add(type.cast(f.get(null)));
      }
    }
    return values;
  }

  @Test
  void mavenVersionsAreTheParentPomsManagedOnes() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("../../pom.xml").toFile());
    Element management = (Element) pom.getElementsByTagName("dependencyManagement").item(0);
    NodeList dependencies = management.getElementsByTagName("dependency");
    Map<String, String> managed = new HashMap<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element d = (Element) dependencies.item(i);
      managed.put(text(d, "groupId") + ":" + text(d, "artifactId"), text(d, "version"));
    }
    List<Sources.MavenEntry> entries = constants(Sources.MavenEntry.class);
    assertFalse(entries.isEmpty());
    for (Sources.MavenEntry e : entries) {
      assertEquals(managed.get(e.groupId() + ":" + e.artifactId()), e.version(), e.coordinates());
    }
  }

  private static String text(Element e, String tag) {
    return e.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  @Test
  void npmVersionsAreTheLockFilesOnes() throws Exception {
    Map<String, String> locked = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("scripts/npm-lock.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        locked.put(f[0], f[1]);
      }
    }
    List<Sources.NpmPackage> packages = constants(Sources.NpmPackage.class);
    assertEquals(locked.size(), packages.size());
    for (Sources.NpmPackage p : packages) {
      assertEquals(locked.get(p.name()), p.version(), p.name());
    }
  }
}
