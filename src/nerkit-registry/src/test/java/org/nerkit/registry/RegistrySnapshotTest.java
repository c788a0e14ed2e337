package org.nerkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nerkit.Country;
import org.nerkit.Entity;
import org.nerkit.Extraction;
import org.nerkit.Location;
import org.nerkit.NamedEntity;
import org.nerkit.Organization;
import org.nerkit.Person;

/** A registry saved and loaded part-way through a corpus links the rest as if it had never stopped. */
class RegistrySnapshotTest {
  /** Names as news wires spell them, with the variants the registry has to merge or keep apart. */
  private static final List<Supplier<NamedEntity>> POOL = List.of(
      () -> new Person("Muammar Gaddafi", 0, 15, 0.9, "Muammar Gaddafi", "p"),
      () -> new Person("Moammar Qaddafi", 0, 15, 0.9, "Moammar Qaddafi", "p"),
      () -> new Person("Kassym-Jomart Tokayev", 0, 21, 0.9, "Kassym-Jomart Tokayev", "p"),
      () -> new Person("Kassym-Jomart Toqaev", 0, 20, 0.9, "Kassym-Jomart Toqaev", "p"),
      () -> new Person("Angela Merkel", 0, 13, 0.9, "Angela Merkel", "p"),
      () -> new Person("Merkel", 0, 6, 0.9, "Merkel", "p"),
      () -> new Person("Bill Clinton", 0, 12, 0.9, "Bill Clinton", "p"),
      () -> new Person("Hillary Clinton", 0, 15, 0.9, "Hillary Clinton", "p"),
      () -> new Person("Clinton", 0, 7, 0.9, "Clinton", "p"),
      () -> new Person("Alexandra Ivanova", 0, 17, 0.9, "Alexandra Ivanova", "p"),
      () -> new Person("Alexander Ivanov", 0, 16, 0.9, "Alexander Ivanov", "p"),
      () -> new Location("Tripoli", 0, 7, 0.9, "LY", "Tripoli", "l"),
      () -> new Location("Astana", 0, 6, 0.9, "KZ", "Astana", "l"),
      () -> new Location("Berlin", 0, 6, 0.9, "DE", "Berlin", "l"),
      () -> new Location("Washington", 0, 10, 0.9, "US", "Washington", "l"),
      () -> new Location("Moscow", 0, 6, 0.9, "RU", "Moscow", "l"),
      () -> new Organization("International Atomic Energy Agency", 0, 34, 0.9, "International Atomic Energy Agency", "o"),
      () -> new Organization("IAEA", 0, 4, 0.9, "IAEA", "o"),
      () -> new Organization("World Health Organization", 0, 25, 0.9, "World Health Organization", "o"),
      () -> new Country("U.S.", 0, 4, 0.9, "US", "USA", "840", "United States", false, "c"),
      () -> new Country("the United States", 0, 17, 0.9, "US", "USA", "840", "United States", false, "c"),
      () -> new Country("Libya", 0, 5, 0.9, "LY", "LBY", "434", "Libya", false, "c"));

  private final ObjectMapper mapper = new ObjectMapper();

  /** A corpus of small documents drawn from the pool, one entity of each document entity id. */
  private static List<Extraction> corpus(int documents, long seed) {
    Random random = new Random(seed);
    List<Extraction> corpus = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      List<Entity> entities = new ArrayList<>();
      List<String> seen = new ArrayList<>();
      for (int k = 0; k < 2 + random.nextInt(3); k++) {
        NamedEntity e = POOL.get(random.nextInt(POOL.size())).get();
        String id = e.entityId() + k;
        if (seen.contains(e.canonical())) {
          continue;
        }
        seen.add(e.canonical());
        entities.add(withId(e, id));
      }
      corpus.add(new Extraction("x".repeat(40), Optional.empty(), Extraction.ReferenceDateSource.NONE, List.of(), List.of(), entities));
    }
    return corpus;
  }

  private static NamedEntity withId(NamedEntity e, String id) {
    if (e instanceof Person p) {
      return new Person(p.text(), p.start(), p.end(), p.confidence(), p.canonical(), id);
    } else if (e instanceof Location l) {
      return new Location(l.text(), l.start(), l.end(), l.confidence(), l.countryCode(), l.canonical(), id);
    } else if (e instanceof Organization o) {
      return new Organization(o.text(), o.start(), o.end(), o.confidence(), o.canonical(), id);
    }
    Country c = (Country) e;
    return new Country(c.text(), c.start(), c.end(), c.confidence(), c.countryCode(), c.countryAlpha3(), c.countryNumeric(), c.countryName(), c.historical(), id);
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 6})
  void twoRunsOverTwoHalvesLinkAsOneRunOverAll(int capacity, @TempDir Path dir) throws Exception {
    List<Extraction> corpus = corpus(300, 11);
    EntityRegistry whole = new EntityRegistry(capacity);
    List<List<EntityRegistry.Link>> expected = new ArrayList<>();
    for (int d = 0; d < corpus.size(); d++) {
      expected.add(whole.add("doc" + d, corpus.get(d)));
    }

    Path file = dir.resolve("registry.jsonl");
    EntityRegistry first = new EntityRegistry(capacity);
    List<List<EntityRegistry.Link>> actual = new ArrayList<>();
    for (int d = 0; d < 150; d++) {
      actual.add(first.add("doc" + d, corpus.get(d)));
    }
    first.save(file);
    EntityRegistry second = EntityRegistry.load(file, capacity);
    for (int d = 150; d < corpus.size(); d++) {
      actual.add(second.add("doc" + d, corpus.get(d)));
    }

    assertEquals(expected, actual); // ids, scores and reasons, link for link
    assertEquals(whole.snapshot(), second.snapshot());
    assertEquals(whole.states(), second.states());
    // The corpus does exercise the registry: merges by similar names, and evictions when small.
    assertTrue(expected.stream().flatMap(List::stream).anyMatch(l -> l.reason().contains("last names")));
    if (capacity < 10) {
      assertTrue(whole.nextIdNumber() > capacity + 1, "no entity was evicted");
    }
  }

  @Test
  void theSnapshotIsAHeaderAndOneLinePerEntity(@TempDir Path dir) throws Exception {
    EntityRegistry registry = new EntityRegistry();
    registry.add("a", corpus(1, 5).get(0));
    Path file = dir.resolve("r.jsonl");
    registry.save(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    JsonNode header = mapper.readTree(lines.get(0));
    assertEquals("nerkit-registry", header.get("format").asText());
    assertEquals(1, header.get("version").asInt());
    assertEquals(registry.size(), header.get("entities").asInt());
    assertEquals(registry.size() + 1, header.get("nextId").asInt());
    assertEquals(registry.size() + 1, lines.size());
    JsonNode entity = mapper.readTree(lines.get(1));
    for (String field : List.of("entityId", "type", "canonical", "aliases", "mentions", "documentCount", "documents", "context", "keys")) {
      assertTrue(entity.has(field), field + " in " + entity);
    }
    assertEquals(List.of("a"), List.of(entity.get("documents").get(0).asText()));
  }

  @Test
  void damagedSnapshotsFailNamingTheLine() throws Exception {
    EntityRegistry registry = new EntityRegistry();
    for (Extraction document : corpus(20, 3)) {
      registry.add("d", document);
    }
    StringWriter out = new StringWriter();
    registry.writeSnapshot(out);
    String good = out.toString();
    List<String> lines = new ArrayList<>(List.of(good.split("\n")));
    assertEquals(registry.snapshot(), read(good).snapshot());

    List<String> cut = new ArrayList<>(lines);
    cut.set(3, cut.get(3).substring(0, 20));
    assertTrue(failure(String.join("\n", cut)).startsWith("snap line 4: malformed JSON"), failure(String.join("\n", cut)));

    List<String> truncated = lines.subList(0, lines.size() - 2);
    assertTrue(failure(String.join("\n", truncated)).contains("announces " + registry.size() + " entities"));

    String newer = good.replaceFirst("\"version\":1", "\"version\":2");
    assertEquals("snap: snapshot version 2 is not one this nerkit reads (it reads version 1)", failure(newer));

    assertTrue(failure("{\"id\":\"a\",\"text\":\"Oslo\"}\n").startsWith("snap line 1: not a nerkit registry snapshot"));
    assertTrue(failure("").contains("empty file"));

    List<String> badType = new ArrayList<>(lines);
    badType.set(2, badType.get(2).replaceFirst("\"type\":\"[A-Z]+\"", "\"type\":\"PLANET\""));
    assertTrue(failure(String.join("\n", badType)).startsWith("snap line 3: unknown type"));

    List<String> twice = new ArrayList<>(lines);
    twice.set(2, lines.get(1));
    assertTrue(failure(String.join("\n", twice)).contains("appears twice"));
  }

  private static EntityRegistry read(String snapshot) throws Exception {
    return RegistrySnapshot.read(new StringReader(snapshot), "snap", 1000);
  }

  private static String failure(String snapshot) {
    return assertThrows(InvalidSnapshotException.class, () -> read(snapshot)).getMessage();
  }
}
