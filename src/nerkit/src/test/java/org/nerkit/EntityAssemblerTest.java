package org.nerkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nerkit.normalize.country.CountryGazetteer;
import org.nerkit.normalize.date.DateNormalizer;
import org.nerkit.recognize.Mention;
import org.nerkit.resolve.DocumentResolver;
import org.nerkit.tokenize.Tokenizer;

/** The assembly stage on recognizer output given by hand, so each rule is tested on its own. */
class EntityAssemblerTest {
  private final EntityAssembler assembler = new EntityAssembler(CountryGazetteer.english(), new DateNormalizer(), new DocumentResolver());

  private List<Entity> assemble(String text, Mention... mentions) {
    int[] tokens = new Tokenizer().tokenize(text, 0, text.length());
    return assembler.assemble(text, List.of(tokens), List.of(mentions), null);
  }

  private static Mention mention(String text, String label, String surface) {
    int start = text.indexOf(surface);
    return new Mention(label, start, start + surface.length(), 0.9);
  }

  @Test
  void aHyphenatedPlaceThatIsNoCompoundOfCountriesStaysAPlace() {
    String text = "Aid reached Port-au-Prince on Monday.";
    List<Entity> entities = assemble(text, mention(text, "GPE", "Port-au-Prince"));
    assertEquals(1, entities.size());
    Location place = (Location) entities.get(0);
    assertEquals("Port-au-Prince", place.text());
  }

  @Test
  void aNameCutAtAHyphenTakesInTheRestOfTheHyphenatedWord() {
    String text = "Anne-Gaelle Sidot beat Patricia Djate-Taillard, said Itar-Tass.";
    List<Entity> entities = assemble(text, mention(text, "PERSON", "Gaelle Sidot"), mention(text, "PERSON", "Patricia Djate"),
        mention(text, "ORG", "Itar"));
    assertEquals(List.of("Anne-Gaelle Sidot", "Patricia Djate-Taillard", "Itar-Tass"), entities.stream().map(Entity::text).toList());
    assertEquals(0, entities.get(0).start());
  }

  @Test
  void aHyphenatedPairAWireTopicOrALowerCaseWordIsNotTakenIn() {
    String text = "The House-Senate conference met. SOCCER-SHEARER NAMED. Boston-based Acme grew.";
    List<Entity> entities = assemble(text, mention(text, "ORG", "House"), mention(text, "PERSON", "SHEARER"),
        mention(text, "GPE", "Boston"));
    assertEquals(List.of("House", "SHEARER", "Boston"), entities.stream().map(Entity::text).toList());
  }

  @Test
  void aCompoundOfNationalitiesIsSplitWithExactOffsets() {
    String text = "Guards patrol the Tajik-Afghan border.";
    List<Entity> entities = assemble(text, mention(text, "NORP", "Tajik-Afghan"));
    assertEquals(List.of("Tajik", "Afghan"), entities.stream().map(Entity::text).toList());
    assertEquals(text.indexOf("Afghan"), entities.get(1).start());
  }

  @Test
  void aReligiousOrPoliticalGroupIsAGroupAndADemonymANationality() {
    String text = "Republican senators met Shiite clerics and Kenyan officials.";
    List<Entity> entities = assemble(text, mention(text, "NORP", "Republican"), mention(text, "NORP", "Shiite"),
        mention(text, "NORP", "Kenyan"));
    assertEquals(List.of(new Group("Republican", 0, 10, 0.9), new Group("Shiite", 24, 30, 0.9)), entities.subList(0, 2));
    assertEquals("KE", ((Nationality) entities.get(2)).countryCode());
  }

  @Test
  void aDateTheRecognizerFoundKeepsItsConfidenceWhenThePatternFindsItToo() {
    String text = "Sales rose in the third quarter.";
    int start = text.indexOf("the third quarter");
    List<Entity> entities = assembler.assemble(text, List.of(new Tokenizer().tokenize(text, 0, text.length())),
        List.of(new Mention("DATE", start, start + "the third quarter".length(), 0.97)), java.time.LocalDate.of(2023, 6, 2));
    assertEquals(1, entities.size());
    assertEquals(0.97, entities.get(0).confidence());
    assertEquals("2023-Q3", ((DateMention) entities.get(0)).value());
  }

  @Test
  void aRecognizedDateWithNothingInItThatNamesATimeIsDropped() {
    String text = "The region, already heavily dependent on aid, asked for more in the spring.";
    List<Entity> entities = assemble(text, mention(text, "DATE", "heavily"), mention(text, "DATE", "the spring"));
    assertEquals(List.of("the spring"), entities.stream().map(Entity::text).toList());
  }

  @Test
  void aPossessiveIsTrimmedFromPlacesButKeptInOrganisationNames() {
    String text = "Russia's army and McDonald's restaurants.";
    List<Entity> entities = assemble(text, mention(text, "GPE", "Russia's"), mention(text, "ORG", "McDonald's"));
    assertEquals(List.of("Russia", "McDonald's"), entities.stream().map(Entity::text).toList());
  }
}
