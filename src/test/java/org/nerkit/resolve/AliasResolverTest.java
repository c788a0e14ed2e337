package org.nerkit.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nerkit.resolve.AliasResolver.Kind;
import org.nerkit.resolve.AliasResolver.Name;

class AliasResolverTest {
  private final AliasResolver resolver = new AliasResolver();

  @Test
  void surnamePointsToTheFullNameUsedInTheDocument() {
    List<String> canonical = resolver.canonicalNames(List.of(
        new Name(Kind.PERSON, "Angela Merkel"), new Name(Kind.PERSON, "Merkel"), new Name(Kind.PERSON, "Merkel's")));
    assertEquals(List.of("Angela Merkel", "Angela Merkel", "Angela Merkel"), canonical);
  }

  @Test
  void lineBrokenNameIsFoldedToOneSpace() {
    assertEquals(List.of("Boris Johnson", "Boris Johnson"), resolver.canonicalNames(List.of(
        new Name(Kind.PERSON, "Boris\nJohnson"), new Name(Kind.PERSON, "Johnson"))));
  }

  @Test
  void twoPeopleSharingASurnameLeaveTheSurnameUnresolved() {
    List<String> canonical = resolver.canonicalNames(List.of(
        new Name(Kind.PERSON, "Hillary Clinton"), new Name(Kind.PERSON, "Bill Clinton"), new Name(Kind.PERSON, "Clinton")));
    assertEquals(List.of("Hillary Clinton", "Bill Clinton", "Clinton"), canonical);
  }

  @Test
  void acronymPointsToTheLongFormWhoseInitialsItSpells() {
    List<String> canonical = resolver.canonicalNames(List.of(
        new Name(Kind.ORGANIZATION, "the North Atlantic Treaty Organization"),
        new Name(Kind.ORGANIZATION, "NATO"),
        new Name(Kind.ORGANIZATION, "World Health Organisation"),
        new Name(Kind.ORGANIZATION, "WHO"),
        new Name(Kind.ORGANIZATION, "IMF")));
    assertEquals(List.of("North Atlantic Treaty Organization", "North Atlantic Treaty Organization",
        "World Health Organisation", "World Health Organisation", "IMF"), canonical);
  }

  @Test
  void personAndOrganizationNamesDoNotMix() {
    List<String> canonical = resolver.canonicalNames(List.of(
        new Name(Kind.ORGANIZATION, "Ford Motor Company"), new Name(Kind.PERSON, "Ford")));
    assertEquals(List.of("Ford Motor Company", "Ford"), canonical);
  }
}
