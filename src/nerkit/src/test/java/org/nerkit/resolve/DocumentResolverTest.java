package org.nerkit.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nerkit.resolve.DocumentResolver.Kind;
import org.nerkit.resolve.DocumentResolver.Name;
import org.nerkit.resolve.DocumentResolver.Resolution;

class DocumentResolverTest {
  private final DocumentResolver resolver = new DocumentResolver();

  private List<Resolution> resolve(String text, Name... names) {
    return resolver.resolve(text, List.of(names));
  }

  private static Name person(String text) {
    return new Name(Kind.PERSON, text, null);
  }

  private static Name org(String text) {
    return new Name(Kind.ORGANIZATION, text, null);
  }

  @Test
  void surnamesAndPossessivesJoinTheFullNameAndTitlesAreNotPartOfIt() {
    List<Resolution> r = resolve("", person("President Angela Merkel"), person("Merkel"), person("Merkel's"), person("Angela\nMerkel"));
    assertEquals(List.of("Angela Merkel", "Angela Merkel", "Angela Merkel", "Angela Merkel"), r.stream().map(Resolution::canonical).toList());
    assertEquals(1, r.stream().map(Resolution::entity).distinct().count());
  }

  @Test
  void twoPeopleSharingASurnameStayApartAndTheSurnameStaysUnresolved() {
    List<Resolution> r = resolve("", person("Hillary Clinton"), person("Bill Clinton"), person("Clinton"));
    assertEquals(3, r.stream().map(Resolution::entity).distinct().count());
    assertEquals("Clinton", r.get(2).canonical());
  }

  @Test
  void aTwoWordEndingJoinsTheLongerNameAndCaseDoesNotMatter() {
    List<Resolution> r = resolve("", person("Martin Luther King Jr."), person("Luther King Jr."), person("KING JR."),
        person("Gen. John Allen"), person("ALLEN"));
    assertEquals(List.of("Martin Luther King Jr.", "Martin Luther King Jr.", "Martin Luther King Jr.", "John Allen", "John Allen"),
        r.stream().map(Resolution::canonical).toList());
  }

  @Test
  void thousandsOfPeopleSharingASurnameEachKeepTheirOwnName() {
    // A family register or a sports results page: every full name ends in the same word.
    List<Name> names = new java.util.ArrayList<>();
    for (int k = 0; k < 20_000; k++) {
      names.add(person("Player" + k + " Smith"));
    }
    names.add(person("Smith"));
    names.add(person("Anna Maria Player7 Smith"));
    names.add(person("Player7 Smith"));
    List<Resolution> r = resolver.resolve("", names);
    assertEquals("Player19999 Smith", r.get(19_999).canonical());
    assertEquals("Smith", r.get(20_000).canonical(), "many full names fit: the surname stays on its own");
    assertEquals("Anna Maria Player7 Smith", r.get(20_002).canonical());
    assertEquals(r.get(7).entity(), r.get(20_002).entity());
    assertEquals(20_001, r.stream().map(Resolution::entity).distinct().count());
  }

  @Test
  void acronymDefinedAfterTheLongForm() {
    String text = "The Collective Security Treaty Organization (CSTO) met on Monday. The CSTO said...";
    List<Resolution> r = resolve(text, org("The Collective Security Treaty Organization"), org("CSTO"), org("CSTO"));
    assertEquals(r.get(0).entity(), r.get(1).entity());
    assertEquals(r.get(0).entity(), r.get(2).entity());
    assertEquals("Collective Security Treaty Organization", r.get(2).canonical());
  }

  @Test
  void acronymDefinedBeforeTheLongFormAndNotSpelledByInitials() {
    String text = "Officials from UNHCR (the United Nations High Commissioner for Refugees) arrived.";
    List<Resolution> r = resolve(text, org("UNHCR"), org("United Nations High Commissioner for Refugees"));
    assertEquals(r.get(0).entity(), r.get(1).entity());
    assertEquals("United Nations High Commissioner for Refugees", r.get(0).canonical());
  }

  @Test
  void britishAndAmericanSpellingsAreOneOrganisation() {
    List<Resolution> r = resolve("", org("World Health Organisation"), org("World Health Organization"), org("WHO"));
    assertEquals(1, r.stream().map(Resolution::entity).distinct().count());
  }

  @Test
  void acronymsWithoutADefinitionJoinByInitialsOnlyWhenUnambiguous() {
    List<Resolution> r = resolve("", org("International Monetary Fund"), org("IMF"), org("Islamic Movement Front"));
    assertNotEquals(r.get(0).entity(), r.get(1).entity());
    assertEquals("IMF", r.get(1).canonical());
  }

  @Test
  void countryAliasesJoinByCodeAndTakeTheFullestForm() {
    List<Resolution> r = resolver.resolve("", List.of(new Name(Kind.COUNTRY, "U.S.", "US"), new Name(Kind.COUNTRY, "the United States", "US"),
        new Name(Kind.COUNTRY, "Russia", "RU")));
    assertEquals(r.get(0).entity(), r.get(1).entity());
    assertNotEquals(r.get(0).entity(), r.get(2).entity());
    assertEquals("United States", r.get(0).canonical());
  }

  @Test
  void personAndOrganizationWithTheSameWordStayApart() {
    List<Resolution> r = resolve("", org("Ford Motor Company"), person("Ford"));
    assertNotEquals(r.get(0).entity(), r.get(1).entity());
  }

  @Test
  void schwartzHearstFindsTheShortestLongForm() {
    assertEquals("Collective Security Treaty Organization",
        AbbreviationDefinitions.bestLongForm("CSTO", "to discuss the Collective Security Treaty Organization"));
    assertEquals("heat shock protein", AbbreviationDefinitions.bestLongForm("HSP", "the heat shock protein"));
    assertNull(AbbreviationDefinitions.bestLongForm("XYZ", "nothing to see here"));
    // Right-to-left matching alone would stop at "of"; the capitalized word with the initial belongs to it.
    assertEquals("Organization of American States",
        AbbreviationDefinitions.bestLongForm("OAS", "leaders of the Organization of American States"));
    assertEquals("Bank of England", AbbreviationDefinitions.bestLongForm("BoE", "the Bank of England"));
  }
}
