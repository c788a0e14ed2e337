package org.nerkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API end to end, with the bundled models, on news-style text written for these tests. */
class EntityExtractorTest {
  private static EntityExtractor extractor;

  private static final String NEWS = """
      BRUSSELS, March 4 -- German Chancellor Angela Merkel and French President Emmanuel Macron met
      in Brussels on March 3, 2021, to discuss aid to Ukraine with the North Atlantic Treaty
      Organization (NATO). Merkel told reporters that Germany and France would act together.

      The International Monetary Fund said on Tuesday that Japanese and Canadian banks had joined.
      """;

  @BeforeAll
  static void load() {
    extractor = EntityExtractor.english();
  }

  private static List<String> texts(List<? extends Entity> entities) {
    return entities.stream().map(Entity::text).toList();
  }

  @Test
  void aNumberOrDateThatCannotBeComputedKeepsItsMentionWithoutAValue() {
    List<Duration> durations = extractor.extract("The project lasted 2 1/0 years.", LocalDate.of(2021, 3, 4))
        .entities(Duration.class);
    assertEquals(List.of(new Duration("2 1/0 years", 19, 30, durations.get(0).confidence(), null)), durations);

    String text = "Rebels seized the airport on Friday and left the following day, officials said.";
    Extraction lastDay = extractor.extract(text, LocalDate.MAX);
    Extraction ordinary = extractor.extract(text, LocalDate.of(2021, 3, 4));
    assertEquals(texts(ordinary.entities(Date.class)), texts(lastDay.entities(Date.class)));
    assertTrue(lastDay.entities(Date.class).stream().anyMatch(d -> d.text().equals("the following day") && d.value() == null),
        lastDay.entities().toString());
    assertTrue(ordinary.entities(Date.class).stream().anyMatch(d -> d.text().equals("the following day") && d.value() != null),
        ordinary.entities().toString());
  }

  @Test
  void findsTypedEntitiesInNewsText() {
    Extraction result = extractor.extract(NEWS, LocalDate.of(2021, 3, 4));
    assertTrue(texts(result.entities(Person.class)).contains("Angela Merkel"), result.entities().toString());
    assertTrue(texts(result.entities(Person.class)).contains("Emmanuel Macron"), result.entities().toString());
    assertTrue(texts(result.entities(Organization.class)).contains("NATO"), result.entities().toString());

    List<Country> countries = result.entities(Country.class);
    assertTrue(countries.stream().anyMatch(c -> c.text().equals("Ukraine") && c.countryCode().equals("UA")), countries.toString());
    assertTrue(countries.stream().anyMatch(c -> c.text().equals("Germany") && c.countryCode().equals("DE")), countries.toString());
    assertTrue(result.entities(Location.class).stream().anyMatch(l -> l.text().equals("Brussels")),
        "Brussels is a city, not a country: " + result.entities());
    assertFalse(countries.stream().anyMatch(c -> c.text().equals("Brussels")));

    List<Nationality> nationalities = result.entities(Nationality.class);
    assertTrue(nationalities.stream().anyMatch(n -> n.text().equals("German") && n.countryCode().equals("DE")), nationalities.toString());
    assertTrue(nationalities.stream().anyMatch(n -> n.text().equals("Japanese") && n.countryCode().equals("JP")), nationalities.toString());

    List<Date> dates = result.entities(Date.class);
    assertTrue(dates.stream().anyMatch(d -> d.text().equals("March 3, 2021") && "2021-03-03".equals(d.value())), dates.toString());
  }

  @Test
  void aPlaceNamingAChampionshipIsNotAPlace() {
    String text = "Serena Williams withdrew from the U.S. Open on Monday, and Nadal won the French Open in Paris. "
        + "Britain is open to talks with Spain.";
    Extraction result = extractor.extract(text);
    List<String> places = new ArrayList<>(texts(result.entities(Country.class)));
    places.addAll(texts(result.entities(Location.class)));
    places.addAll(texts(result.entities(Nationality.class)));
    assertFalse(places.contains("U.S."), result.entities().toString());
    assertFalse(places.contains("French"), result.entities().toString());
    assertTrue(places.containsAll(List.of("Paris", "Britain", "Spain")), result.entities().toString());
  }

  @Test
  void laterMentionsGetTheCanonicalNameOfTheDocument() {
    Extraction result = extractor.extract(NEWS);
    Person merkel = result.entities(Person.class).stream().filter(p -> p.text().equals("Merkel")).findFirst().orElseThrow();
    assertEquals("Angela Merkel", merkel.canonical());
    Organization nato = result.entities(Organization.class).stream().filter(o -> o.text().equals("NATO")).findFirst().orElseThrow();
    assertEquals("North Atlantic Treaty Organization", nato.canonical());
  }

  @Test
  void everyOffsetIsExactWithLineBreaksAndNonBreakingSpaces() {
    String text = "Prime\u00A0Minister Boris\nJohnson flew to\r\nFrance on\u00A0Friday.\n\n\n  Russian\tofficials met Chinese "
        + "diplomats in Moscow.\u2028Kazakhstan and the United\nStates signed.";
    Extraction result = extractor.extract(text);
    assertFalse(result.entities().isEmpty());
    for (Entity entity : result.entities()) {
      assertEquals(entity.text(), text.substring(entity.start(), entity.end()), entity.toString());
    }
    for (Token token : result.tokens()) {
      assertEquals(token.text(), text.substring(token.start(), token.end()));
    }
    for (Sentence sentence : result.sentences()) {
      assertEquals(sentence.text(), text.substring(sentence.start(), sentence.end()));
    }
    assertTrue(result.entities(Country.class).stream().anyMatch(c -> c.countryCode().equals("FR")), result.entities().toString());
  }

  @Test
  void entitiesComeInTextOrderAndTokensBelongToTheirSentences() {
    Extraction result = extractor.extract(NEWS);
    for (int k = 1; k < result.entities().size(); k++) {
      assertTrue(result.entities().get(k - 1).start() <= result.entities().get(k).start());
    }
    for (Sentence sentence : result.sentences()) {
      for (Token token : result.tokens().subList(sentence.firstToken(), sentence.endToken())) {
        assertTrue(token.start() >= sentence.start() && token.end() <= sentence.end());
      }
    }
    assertEquals(result.tokens().size(), result.sentences().get(result.sentences().size() - 1).endToken());
  }

  @Test
  void emptyAndWhitespaceOnlyTextGiveEmptyResults() {
    for (String blank : List.of("", " ", "\n\n\t \u00A0\r\n")) {
      Extraction result = extractor.extract(blank);
      assertEquals(blank, result.text());
      assertTrue(result.entities().isEmpty());
      assertTrue(result.tokens().isEmpty());
      assertTrue(result.sentences().isEmpty());
    }
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    NullPointerException text = assertThrows(NullPointerException.class, () -> extractor.extract(null));
    assertTrue(text.getMessage().contains("text"));
    NullPointerException date = assertThrows(NullPointerException.class, () -> extractor.extract("x", null));
    assertTrue(date.getMessage().contains("referenceDate"));
    NullPointerException both = assertThrows(NullPointerException.class, () -> extractor.extract(null, LocalDate.of(2021, 1, 1)));
    assertTrue(both.getMessage().contains("text"));
    EntityExtractor.Builder builder = EntityExtractor.builder();
    assertTrue(assertThrows(NullPointerException.class, () -> builder.types((List<EntityType>) null)).getMessage().contains("types"));
    assertTrue(assertThrows(NullPointerException.class, () -> builder.types(EntityType.PERSON, (EntityType) null)).getMessage().contains("types"));
    assertTrue(assertThrows(NullPointerException.class, () -> builder.nameFinderModel(null)).getMessage().contains("nameFinderModel"));
  }

  @Test
  void relativeDatesNeedAReferenceDate() {
    String text = "The ministers met on Wednesday in Paris.";
    Date resolved = extractor.extract(text, LocalDate.of(2021, 9, 16)).entities(Date.class).get(0);
    assertEquals("2021-09-15", resolved.value());
    assertTrue(resolved.relative());
    Date unresolved = extractor.extract(text).entities(Date.class).get(0);
    assertFalse("2021-09-15".equals(unresolved.value()), "never resolved against the clock: " + unresolved);
  }

  @Test
  void anaphoricDatesCountFromTheDateNamedBefore() {
    String text = "Farkas was made a brigadier general on May 22, 1995. Later that year he was appointed military attache.";
    List<Date> dates = extractor.extract(text, LocalDate.of(1998, 4, 18)).entities(Date.class);
    Date later = dates.stream().filter(d -> d.text().equalsIgnoreCase("later that year")).findFirst().orElseThrow();
    assertEquals("1995", later.value(), dates.toString());
  }

  @Test
  void withoutAGivenDateTheDocumentsOwnDateIsUsedAndNamed() {
    Extraction header = extractor.extract("date 2021-09-16\nThe ministers met in Paris on Wednesday.");
    assertEquals(java.util.Optional.of(LocalDate.of(2021, 9, 16)), header.referenceDate());
    assertEquals(Extraction.ReferenceDateSource.DOCUMENT_HEADER, header.referenceDateSource());
    assertEquals("2021-09-15", header.entities(Date.class).stream().filter(d -> d.text().equals("Wednesday"))
        .findFirst().orElseThrow().value());

    Extraction dateline = extractor.extract("PARIS, March 4, 2021 (Reuters) - The ministers met in Paris yesterday.");
    assertEquals(Extraction.ReferenceDateSource.DOCUMENT_DATELINE, dateline.referenceDateSource());
    assertEquals(java.util.Optional.of(LocalDate.of(2021, 3, 4)), dateline.referenceDate());

    Extraction none = extractor.extract("The ministers met in Paris yesterday.");
    assertEquals(Extraction.ReferenceDateSource.NONE, none.referenceDateSource());
    assertTrue(none.referenceDate().isEmpty());

    // A date in the text is an event's: "Friday" is not the Friday before 1998-03-03.
    Extraction body = extractor.extract("The treaty was signed in Moscow on March 3, 1998. On Friday, the parties met again.");
    assertEquals(Extraction.ReferenceDateSource.NONE, body.referenceDateSource());
    Date friday = body.entities(Date.class).stream().filter(d -> d.text().equals("Friday")).findFirst().orElseThrow();
    assertTrue(friday.value() == null || !friday.value().startsWith("1998"), friday::toString);

    Extraction byline = extractor.extract("By Anthony Marcus – August 20, 2021\n\nThe leaders will meet on Monday.");
    assertEquals(Extraction.ReferenceDateSource.DOCUMENT_DATELINE, byline.referenceDateSource());
    assertEquals("2021-08-23", byline.entities(Date.class).stream().filter(d -> d.text().equals("Monday")).findFirst().orElseThrow().value());

    Extraction given = extractor.extract("date 2021-09-16\nThey met on Wednesday.", LocalDate.of(2020, 1, 10));
    assertEquals(Extraction.ReferenceDateSource.GIVEN, given.referenceDateSource());
    assertEquals("2020-01-08", given.entities(Date.class).stream().filter(d -> d.text().equals("Wednesday"))
        .findFirst().orElseThrow().value());
  }

  @Test
  void builderRestrictsTypesAndConfidence() {
    EntityExtractor countriesOnly = EntityExtractor.builder().types(EntityType.COUNTRY).build();
    List<Entity> entities = countriesOnly.extract(NEWS).entities();
    assertFalse(entities.isEmpty());
    assertTrue(entities.stream().allMatch(e -> e instanceof Country), entities.toString());

    EntityExtractor confident = EntityExtractor.builder().minConfidence(0.9).build();
    assertTrue(confident.extract(NEWS).entities().stream().allMatch(e -> e.confidence() >= 0.9));

    assertThrows(IllegalArgumentException.class, () -> EntityExtractor.builder().minConfidence(1.5));
    assertThrows(IllegalArgumentException.class, () -> EntityExtractor.builder().types(List.of()));
  }

  @Test
  void oneSharedExtractorGivesTheSameAnswersFromEightThreads() throws Exception {
    List<String> documents = new ArrayList<>();
    String[] people = {"Angela Merkel", "Joe Biden", "Narendra Modi", "Jacinda Ardern"};
    String[] places = {"Germany", "Brazil", "India", "Kenya", "Japan"};
    for (int k = 0; k < 40; k++) {
      documents.add(people[k % people.length] + " visited " + places[k % places.length] + " on May " + (k % 28 + 1)
          + ", 2020. " + NEWS.substring(0, 40 + k * 5 % 200) + "\nThe World Bank said " + people[(k + 1) % people.length]
          + " would return to " + places[(k + 2) % places.length] + ".");
    }
    List<Extraction> sequential = new ArrayList<>();
    for (String document : documents) {
      sequential.add(extractor.extract(document, LocalDate.of(2020, 6, 1)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<Extraction>> futures = new ArrayList<>();
        for (int k = documents.size() - 1; k >= 0; k--) {
          String document = documents.get(k);
          futures.add(pool.submit(() -> extractor.extract(document, LocalDate.of(2020, 6, 1))));
        }
        for (int k = 0; k < documents.size(); k++) {
          assertEquals(sequential.get(documents.size() - 1 - k), futures.get(k).get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "The festival runs 2–4 September in Edinburgh.        | 2–4 September          | 2022-09-02 | 2022-09-04",
      "Sales rose between March and May, the company said.  | between March and May  | 2023-03    | 2023-05",
      "The plan covers the years from 2022 to 2025.         | 2022 to 2025           | 2022       | 2025",
      "The talks were held March 3-5, 2021 in Geneva.       | March 3-5, 2021        | 2021-03-03 | 2021-03-05",
      "The exhibition is open 2-4 September 2023 in Leeds.  | 2-4 September 2023     | 2023-09-02 | 2023-09-04",
  })
  void aRangeOfDatesIsOneDateWithItsEnd(String text, String mention, String value, String rangeEnd) {
    List<Date> dates = extractor.extract(text, LocalDate.of(2023, 6, 1)).entities(Date.class);
    assertEquals(1, dates.size(), dates::toString);
    Date range = dates.get(0);
    assertEquals(mention, range.text());
    assertEquals(value, range.value());
    assertEquals(rangeEnd, range.rangeEnd());
    assertTrue(range.isRange());
  }

  @Test
  void aLengthOfTimeIsNoEndOfARange() {
    List<Entity> entities = extractor.extract("Prices will rise annually through the next three years.", LocalDate.of(2023, 6, 1))
        .entities();
    assertTrue(entities.stream().noneMatch(e -> e instanceof Date d && d.isRange()), entities::toString);
  }
}
