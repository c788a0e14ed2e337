package org.nerkit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nerkit.Date;
import org.nerkit.Entity;
import org.nerkit.EntityType;
import org.nerkit.Group;
import org.nerkit.Location;
import org.nerkit.Nationality;
import org.nerkit.dates.Dates;
import org.nerkit.document.Document;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;
import org.nerkit.places.Places;
import org.nerkit.recognize.NameRecognizer;
import org.nerkit.recognize.Recognition;
import org.nerkit.resolve.DocumentResolver;
import org.nerkit.tokenize.Tokenization;
import org.nerkit.tokenize.Tokenizer;

/** The stages after recognition on recognizer output given by hand, so each rule is tested on its own. */
class PipelineTest {
  private static final Tokenization TOKENIZATION;
  private static final Recognition RECOGNITION;

  static {
    try (InputStream model = PipelineTest.class.getClassLoader().getResourceAsStream("org/nerkit/models/nerkit-en-ner.bin")) {
      TOKENIZATION = Tokenization.english();
      RECOGNITION = new Recognition(NameRecognizer.load(model, "bundled model"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private final Pipeline pipeline = pipeline(EnumSet.allOf(EntityType.class));

  private static Pipeline pipeline(EnumSet<EntityType> types) {
    return new Pipeline(TOKENIZATION, RECOGNITION, new Places(),
        new Dates(), new DocumentResolver(), types, 0.0);
  }

  private List<Entity> assemble(String text, Mention... mentions) {
    return assemble(text, null, mentions);
  }

  private List<Entity> assemble(String text, LocalDate referenceDate, Mention... mentions) {
    int[] tokens = new Tokenizer().tokenize(text, 0, text.length());
    Document document = new Document.Builder(text).sentence(0, text.length(), tokens).build();
    return pipeline.entities(document, List.of(mentions), referenceDate);
  }

  private static Mention mention(String text, Label label, String surface) {
    int start = text.indexOf(surface);
    return new Mention(label, start, start + surface.length(), 0.9);
  }

  @Test
  void aHyphenatedPlaceThatIsNoCompoundOfCountriesStaysAPlace() {
    String text = "Aid reached Port-au-Prince on Monday.";
    List<Entity> entities = assemble(text, mention(text, Label.GPE, "Port-au-Prince"));
    assertEquals(1, entities.size());
    Location place = (Location) entities.get(0);
    assertEquals("Port-au-Prince", place.text());
  }

  @Test
  void aNameCutAtAHyphenTakesInTheRestOfTheHyphenatedWord() {
    String text = "Anne-Gaelle Sidot beat Patricia Djate-Taillard, said Itar-Tass.";
    List<Entity> entities = assemble(text, mention(text, Label.PERSON, "Gaelle Sidot"), mention(text, Label.PERSON, "Patricia Djate"),
        mention(text, Label.ORG, "Itar"));
    assertEquals(List.of("Anne-Gaelle Sidot", "Patricia Djate-Taillard", "Itar-Tass"), entities.stream().map(Entity::text).toList());
    assertEquals(0, entities.get(0).start());
  }

  @Test
  void aHyphenatedPairAWireTopicOrALowerCaseWordIsNotTakenIn() {
    String text = "The House-Senate conference met. SOCCER-SHEARER NAMED. Boston-based Acme grew.";
    List<Entity> entities = assemble(text, mention(text, Label.ORG, "House"), mention(text, Label.PERSON, "SHEARER"),
        mention(text, Label.GPE, "Boston"));
    assertEquals(List.of("House", "SHEARER", "Boston"), entities.stream().map(Entity::text).toList());
  }

  @Test
  void aCompoundOfNationalitiesIsSplitWithExactOffsets() {
    String text = "Guards patrol the Tajik-Afghan border.";
    List<Entity> entities = assemble(text, mention(text, Label.NORP, "Tajik-Afghan"));
    assertEquals(List.of("Tajik", "Afghan"), entities.stream().map(Entity::text).toList());
    assertEquals(text.indexOf("Afghan"), entities.get(1).start());
  }

  @Test
  void aReligiousOrPoliticalGroupIsAGroupAndADemonymANationality() {
    String text = "Republican senators met Shiite clerics and Kenyan officials.";
    List<Entity> entities = assemble(text, mention(text, Label.NORP, "Republican"), mention(text, Label.NORP, "Shiite"),
        mention(text, Label.NORP, "Kenyan"));
    assertEquals(List.of(new Group("Republican", 0, 10, 0.9), new Group("Shiite", 24, 30, 0.9)), entities.subList(0, 2));
    assertEquals("KE", ((Nationality) entities.get(2)).countryCode());
  }

  @Test
  void aDateTheRecognizerFoundKeepsItsConfidenceWhenThePatternFindsItToo() {
    String text = "Sales rose in the third quarter.";
    int start = text.indexOf("the third quarter");
    List<Entity> entities = assemble(text, LocalDate.of(2023, 6, 2),
        new Mention(Label.DATE, start, start + "the third quarter".length(), 0.97));
    assertEquals(1, entities.size());
    assertEquals(0.97, entities.get(0).confidence());
    assertEquals("2023-Q3", ((Date) entities.get(0)).value());
  }

  @Test
  void aRecognizedDateWithNothingInItThatNamesATimeIsDropped() {
    String text = "The region, already heavily dependent on aid, asked for more in the spring.";
    List<Entity> entities = assemble(text, mention(text, Label.DATE, "heavily"), mention(text, Label.DATE, "the spring"));
    assertEquals(List.of("the spring"), entities.stream().map(Entity::text).toList());
  }

  @Test
  void theTypesAskedForDecideWhichStagesRun() {
    assertEquals(List.of("tokenize", "recognize", "places", "dates", "resolve"), pipeline.stages());
    assertEquals(List.of("tokenize", "recognize", "dates"), pipeline(EnumSet.of(EntityType.DATE)).stages());
    assertEquals(List.of("tokenize", "recognize", "places"), pipeline(EnumSet.of(EntityType.NATIONALITY)).stages());
    assertEquals(List.of("tokenize", "recognize", "places", "resolve"), pipeline(EnumSet.of(EntityType.PERSON)).stages());
  }

  @Test
  void datesAloneComeOutAsInTheFullRun() {
    String text = """
        KABUL, Sept. 16 - Afghan and Tajik officials met in Dushanbe on Thursday, three days after the
        summit of the Shanghai Cooperation Organization. That year, Tajikistan had pledged aid by March 3, 2022.
        The talks, which began in 2019, will resume next week, Foreign Minister Sirojiddin Muhriddin said.
        """;
    LocalDate reference = LocalDate.of(2021, 9, 16);
    List<Entity> all = pipeline.extract(text, reference, org.nerkit.Extraction.ReferenceDateSource.GIVEN).entities();
    List<Entity> datesOnly = pipeline(EnumSet.of(EntityType.DATE, EntityType.DURATION))
        .extract(text, reference, org.nerkit.Extraction.ReferenceDateSource.GIVEN).entities();
    List<Entity> expected = all.stream().filter(e -> e instanceof Date || e instanceof org.nerkit.Duration).toList();
    assertEquals(expected, datesOnly);
    assertEquals(true, expected.size() >= 5, expected::toString);
  }
}
