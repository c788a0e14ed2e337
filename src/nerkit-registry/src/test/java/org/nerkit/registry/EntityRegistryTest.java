package org.nerkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nerkit.Country;
import org.nerkit.Entity;
import org.nerkit.Extraction;
import org.nerkit.Location;
import org.nerkit.Organization;
import org.nerkit.Person;

/** The registry on hand-built extractions, so that each case tests linking alone. */
class EntityRegistryTest {
  private static Person person(String name, String id) {
    return new Person(name, 0, name.length(), 0.9, name, id);
  }

  private static Location place(String name, String id) {
    return new Location(name, 0, name.length(), 0.9, null, name, id);
  }

  private static Extraction document(Entity... entities) {
    return new Extraction("x".repeat(100), Optional.empty(), Extraction.ReferenceDateSource.NONE, List.of(), List.of(), List.of(entities));
  }

  /** Ten random capitalized letters: names that no similarity measure confuses. */
  private static String unrelatedName(java.util.Random random) {
    StringBuilder name = new StringBuilder().append((char) ('A' + random.nextInt(26)));
    for (int k = 0; k < 9; k++) {
      name.append((char) ('a' + random.nextInt(26)));
    }
    return name.toString();
  }

  private static String linkOf(List<EntityRegistry.Link> links, String entityId) {
    return links.stream().filter(l -> l.entityId().equals(entityId)).findFirst().orElseThrow().globalEntityId();
  }

  @Test
  void transliterationsMergeWhenTheyShareContextWithAScoreAndAReason() {
    EntityRegistry registry = new EntityRegistry();
    List<EntityRegistry.Link> first = registry.add("a", document(person("Muammar Gaddafi", "e1"), place("Tripoli", "e2")));
    List<EntityRegistry.Link> second = registry.add("b", document(person("Moammar Qaddafi", "e1"), place("Tripoli", "e2")));
    assertEquals(linkOf(first, "e1"), linkOf(second, "e1"));
    EntityRegistry.Link link = second.get(0);
    assertTrue(link.score() > 0.8 && link.score() < 1.0, link.toString());
    assertTrue(link.reason().contains("Tripoli"), link.reason());
  }

  @Test
  void alikeNamesWithoutSharedContextStayApart() {
    EntityRegistry registry = new EntityRegistry();
    List<EntityRegistry.Link> first = registry.add("a", document(person("Muammar Gaddafi", "e1"), place("Tripoli", "e2")));
    List<EntityRegistry.Link> second = registry.add("b", document(person("Moammar Qaddafi", "e1"), place("Lima", "e2")));
    assertNotEquals(linkOf(first, "e1"), linkOf(second, "e1"));
  }

  @Test
  void differentFirstNamesAndGenderedFormsStayApart() {
    EntityRegistry registry = new EntityRegistry();
    List<EntityRegistry.Link> a = registry.add("a", document(person("Alexander Ivanov", "e1"), place("Moscow", "e2")));
    List<EntityRegistry.Link> b = registry.add("b", document(person("Alexandra Ivanova", "e1"), place("Moscow", "e2")));
    List<EntityRegistry.Link> c = registry.add("c", document(person("Boris Ivanov", "e1"), place("Moscow", "e2")));
    assertNotEquals(linkOf(a, "e1"), linkOf(b, "e1"));
    assertNotEquals(linkOf(a, "e1"), linkOf(c, "e1"));
  }

  @Test
  void aLoneSurnameJoinsTheOnePersonWithThatNameInContextButNotOneOfTwo() {
    EntityRegistry registry = new EntityRegistry();
    List<EntityRegistry.Link> a = registry.add("a", document(person("Angela Merkel", "e1"), place("Berlin", "e2")));
    List<EntityRegistry.Link> b = registry.add("b", document(person("Merkel", "e1"), place("Berlin", "e2")));
    assertEquals(linkOf(a, "e1"), linkOf(b, "e1"));
    registry.add("c", document(person("Hillary Clinton", "e1"), place("Washington", "e2")));
    registry.add("d", document(person("Bill Clinton", "e1"), place("Washington", "e2")));
    List<EntityRegistry.Link> e = registry.add("e", document(person("Clinton", "e1"), place("Washington", "e2")));
    assertEquals("new entity", e.get(0).reason());
  }

  @Test
  void countriesLinkByCodeAndAcronymsByInitials() {
    EntityRegistry registry = new EntityRegistry();
    Country us = new Country("U.S.", 0, 4, 0.9, "US", "USA", "840", "United States", false, "e1");
    Country unitedStates = new Country("the United States", 0, 17, 0.9, "US", "USA", "840", "United States", false, "e1");
    String org = "International Atomic Energy Agency";
    List<EntityRegistry.Link> a = registry.add("a", document(us, new Organization(org, 0, org.length(), 0.9, org, "e2")));
    List<EntityRegistry.Link> b = registry.add("b", document(unitedStates, new Organization("IAEA", 0, 4, 0.9, "IAEA", "e2")));
    assertEquals(linkOf(a, "e1"), linkOf(b, "e1"));
    assertEquals(linkOf(a, "e2"), linkOf(b, "e2"));
    assertTrue(b.get(1).reason().startsWith("acronym of"), b.get(1).reason());
  }

  @Test
  void memoryStaysBoundedByEvictingTheLeastRecentlySeen() {
    EntityRegistry registry = new EntityRegistry(50);
    java.util.Random random = new java.util.Random(3);
    String firstName = null;
    String lastName = null;
    for (int d = 0; d < 1000; d++) {
      lastName = unrelatedName(random);
      firstName = firstName == null ? lastName : firstName;
      registry.add("doc" + d, document(person("Jo " + lastName, "e1"), place("Place" + (char) ('A' + d % 7), "e2")));
      assertTrue(registry.size() <= 50);
    }
    List<EntityRegistry.RegisteredEntity> kept = registry.snapshot();
    assertEquals(50, kept.size());
    String newest = "Jo " + lastName;
    String oldest = "Jo " + firstName;
    assertTrue(kept.stream().anyMatch(e -> e.canonical().equals(newest)));
    assertTrue(kept.stream().noneMatch(e -> e.canonical().equals(oldest)));
    EntityRegistry.RegisteredEntity place = kept.stream().filter(e -> e.canonical().equals("PlaceG")).findFirst().orElseThrow();
    assertTrue(place.documents().size() <= EntityRegistry.MAX_DOCUMENTS);
    assertTrue(place.documentCount() > EntityRegistry.MAX_DOCUMENTS);
    assertThrows(IllegalArgumentException.class, () -> new EntityRegistry(0));
  }
}
