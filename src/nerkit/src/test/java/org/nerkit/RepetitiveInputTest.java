package org.nerkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents of 320 k characters repeating one pattern, each of which once made a stage
 * quadratic (ScalingBenchmark in nerkit-benchmarks measures their time as they double; see
 * BENCHMARKS.md). Here they must finish with valid spans and the same answers a short document
 * gets: the thousandth "that year" still counts from the year named first. The time limit is
 * not a speed target; a quadratic stage would take many minutes.
 */
class RepetitiveInputTest {
  private static final int CHARS = 320_000;
  private static final LocalDate REFERENCE = LocalDate.of(2000, 1, 1);
  private static EntityExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = EntityExtractor.english();
  }

  private static String repeat(String head, String unit) {
    StringBuilder text = new StringBuilder(head);
    while (text.length() < CHARS) {
      text.append(unit);
    }
    return text.toString();
  }

  private static String numbered(IntFunction<String> unit) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; text.length() < CHARS; k++) {
      text.append(unit.apply(k));
    }
    return text.toString();
  }

  /** A distinct capitalized made-up name for every k ("Ban", "Taben", ...). */
  private static String name(int k) {
    String onsets = "bdfgklmnprstvz";
    String vowels = "aeiou";
    StringBuilder name = new StringBuilder();
    int x = k;
    do {
      name.append(onsets.charAt(x % onsets.length())).append(vowels.charAt(x / onsets.length() % vowels.length()));
      x /= onsets.length() * vowels.length();
    } while (x > 0);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + "n";
  }

  private static Extraction extract(String text) {
    Extraction result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120),
        () -> extractor.extract(text, REFERENCE));
    for (Entity entity : result.entities()) {
      HostileInputPropertiesTest.assertSpan(text, entity.start(), entity.end(), entity.text());
    }
    int previousEnd = 0;
    for (Token token : result.tokens()) {
      HostileInputPropertiesTest.assertSpan(text, token.start(), token.end(), token.text());
      assertTrue(token.start() >= previousEnd);
      previousEnd = token.end();
    }
    return result;
  }

  @Test
  void everyThatYearCountsFromTheYearNamedFirst() {
    String text = repeat("In 1990 sales rose. ", "Later that year, prices fell. ");
    List<Date> thatYear = extract(text).entities(Date.class).stream().filter(d -> d.text().equals("Later that year")).toList();
    assertTrue(thatYear.size() > 9_000, "found " + thatYear.size());
    assertTrue(thatYear.stream().allMatch(d -> "1990".equals(d.value())));
  }

  @Test
  void everyFollowingDayCountsFromTheDateBeforeIt() {
    String text = numbered(k -> "He arrived on May " + (k % 28 + 1) + ", 1990 and left the following day. ");
    List<Date> dates = extract(text).entities(Date.class);
    int following = 0;
    for (int k = 1; k < dates.size(); k++) {
      if (dates.get(k).text().equals("the following day")) {
        following++;
        assertEquals(dates.get(k - 1).date().orElseThrow().plusDays(1), dates.get(k).date().orElseThrow());
      }
    }
    assertTrue(following > 5_000, "found " + following);
  }

  @Test
  void periodsBeforeBracketsAreTokensOfTheirOwn() {
    String text = repeat("x", ".)");
    Extraction result = extract(text);
    assertEquals(text.length(), result.tokens().size());
    assertEquals(List.of(), result.entities());
  }

  @Test
  void periodsBetweenZeroWidthSpacesAreAllTokens() {
    String text = repeat("", ".\u200B");
    Extraction result = extract(text);
    assertEquals(CHARS / 2, result.tokens().size());
    assertTrue(result.tokens().stream().allMatch(token -> token.text().equals(".")));
  }

  @Test
  void georgiaWithoutUsStatesIsTheCountryEveryTime() {
    String text = repeat("", "Georgia, ");
    Extraction result = extract(text);
    List<Country> countries = result.entities(Country.class);
    assertEquals(result.entities().size(), countries.size());
    assertTrue(countries.size() > 30_000, "found " + countries.size());
    assertTrue(countries.stream().allMatch(country -> country.countryCode().equals("GE")));
  }

  @Test
  void peopleSharingASurnameKeepTheirOwnNames() {
    String text = numbered(k -> name(k) + " Smith met Smith. ");
    List<Person> people = extract(text).entities(Person.class);
    Set<String> fullNames = new HashSet<>();
    Set<String> fullNameIds = new HashSet<>();
    for (Person person : people) {
      if (person.text().equals("Smith")) {
        assertEquals("Smith", person.canonical(), "thousands of full names fit: the surname stays on its own");
      } else if (person.text().endsWith(" Smith")) {
        assertEquals(person.text(), person.canonical());
        fullNames.add(person.text());
        fullNameIds.add(person.entityId());
      }
    }
    assertTrue(fullNames.size() > 5_000, "found " + fullNames.size());
    assertEquals(fullNames.size(), fullNameIds.size());
  }

  @Test
  void manyBanksEachKeepTheirOwnName() {
    String text = numbered(k -> "Bank of " + name(k) + " said. ");
    List<Organization> banks = extract(text).entities(Organization.class);
    assertTrue(banks.size() > 5_000, "found " + banks.size());
    assertTrue(banks.stream().allMatch(bank -> bank.canonical().equals(bank.text())));
    assertEquals(banks.stream().map(Organization::text).distinct().count(),
        banks.stream().map(Organization::entityId).distinct().count(), "one entity per name");
  }
}
