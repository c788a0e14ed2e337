package org.nerkit.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryGazetteerTest {
  private final CountryGazetteer gazetteer = CountryGazetteer.english();

  @Test
  void coversEveryCurrentIsoCodeAndTheHistoricalStates() {
    for (String code : Locale.getISOCountries()) {
      CountryInfo info = gazetteer.byCode(code).orElseThrow(() -> new AssertionError("missing " + code));
      assertEquals(3, info.alpha3().length(), code);
      assertFalse(info.name().isBlank(), code);
      assertFalse(info.historical());
    }
    assertEquals(249, Locale.getISOCountries().length);
    for (String code : new String[] {"SU", "YU", "CS", "DD"}) {
      assertTrue(gazetteer.byCode(code).orElseThrow().historical(), code);
    }
  }

  @Test
  void shortNamesAreCleanedUpFromCldr() {
    assertEquals("Democratic Republic of the Congo", gazetteer.byCode("CD").orElseThrow().name());
    assertEquals("Myanmar", gazetteer.byCode("MM").orElseThrow().name());
    assertEquals("Bosnia and Herzegovina", gazetteer.byCode("BA").orElseThrow().name());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Tajikistan                      | TJ
      the Republic of Tajikistan      | TJ
      U.S.                            | US
      US                              | US
      USA                             | US
      America                         | US
      the United States               | US
      United States'                  | US
      Britain                         | GB
      UK                              | GB
      the Russian Federation          | RU
      Russia's                        | RU
      Russia’s                        | RU
      South Korea                     | KR
      North Korea                     | KP
      Ivory Coast                     | CI
      Czech Republic                  | CZ
      Burma                           | MM
      Holland                         | NL
      Soviet Union                    | SU
      the USSR                        | SU
      East Germany                    | DD
      RUSSIA                          | RU
      UNITED STATES                   | US
      Afghanistan                     | AF
      Kosovo                          | XK
      """)
  void countryNamesPeopleWrite(String mention, String code) {
    assertEquals(Optional.of(code), gazetteer.country(mention).map(CountryInfo::alpha2));
  }

  @Test
  void namesBrokenAcrossLinesOrJoinedByNonBreakingSpacesStillMatch() {
    assertEquals("US", gazetteer.country("United\nStates").orElseThrow().alpha2());
    assertEquals("KR", gazetteer.country("South\u00A0Korea").orElseThrow().alpha2());
  }

  @ParameterizedTest
  @ValueSource(strings = {"us", "turkey", "chad", "Moscow", "Dushanbe", "Beijing", "Texas", "Europe", "Central Asia", "", "  "})
  void lowerCaseWordsAndPlacesThatAreNotCountriesDoNotMatch(String mention) {
    assertTrue(gazetteer.country(mention).isEmpty(), mention);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Russian       | RU
      Russians      | RU
      Tajik         | TJ
      Kazakh        | KZ
      Kyrgyz        | KG
      Afghan        | AF
      Afghans       | AF
      Iranian       | IR
      Americans     | US
      British       | GB
      Soviet        | SU
      Chinese       | CN
      Uzbek         | UZ
      Dutch         | NL
      North Korean  | KP
      RUSSIAN       | RU
      """)
  void demonymsLinkToTheirCountry(String mention, String code) {
    assertEquals(Optional.of(code), gazetteer.nationality(mention).map(CountryInfo::alpha2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Muslim", "Taliban", "Democrats", "Republican", "Korean", "Congolese", "russian"})
  void groupsAndAmbiguousDemonymsAreNotNationalities(String mention) {
    assertTrue(gazetteer.nationality(mention).isEmpty(), mention);
  }

  @Test
  void numericCodesAndHistoricalCodes() {
    assertEquals("840", gazetteer.byCode("US").orElseThrow().numeric());
    assertEquals("004", gazetteer.byCode("AF").orElseThrow().numeric());
    assertEquals("USA", gazetteer.byCode("US").orElseThrow().alpha3());
    CountryInfo soviet = gazetteer.byCode("SU").orElseThrow();
    assertEquals(List.of("SUN", "810", "Soviet Union"), List.of(soviet.alpha3(), soviet.numeric(), soviet.name()));
    assertEquals("200", gazetteer.byCode("CS").orElseThrow().numeric());
    assertEquals("278", gazetteer.byCode("DD").orElseThrow().numeric());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Moscow    | RU
      Dushanbe  | TJ
      Texas     | US
      Tbilisi   | GE
      KABUL     | AF
      """)
  void placesKnowTheirCountry(String place, String code) {
    assertEquals(Optional.of(code), gazetteer.countryOfPlace(place));
  }

  @Test
  void aPlaceBrokenAcrossLinesStillMatches() {
    assertEquals(Optional.of("US"), gazetteer.countryOfPlace("New\nYork"));
  }

  @Test
  void georgiaIsTheUsStateWhenTheDocumentTalksAboutUsStates() {
    assertTrue(gazetteer.countryInContext("Georgia", "Officials in Atlanta said Georgia would certify.").isEmpty());
    assertEquals("GE", gazetteer.countryInContext("Georgia", "Georgia and Armenia met in Tbilisi.").orElseThrow().alpha2());
  }

  @Test
  void congoIsDecidedByItsCapital() {
    assertEquals("CG", gazetteer.countryInContext("Congo", "Rebels neared Brazzaville as Congo's army fell back.").orElseThrow().alpha2());
    assertEquals("CD", gazetteer.countryInContext("Congo", "Fighting in eastern Congo displaced thousands.").orElseThrow().alpha2());
  }

  private List<String> found(String text) {
    int[] offsets = new org.nerkit.tokenize.Tokenizer().tokenize(text, 0, text.length());
    List<String> result = new java.util.ArrayList<>();
    org.nerkit.document.Document document = new org.nerkit.document.Document.Builder(text).sentence(0, text.length(), offsets).build();
    for (GazetteerMatch match : gazetteer.find(document)) {
      result.add(text.substring(match.start(), match.end()) + (match.ambiguous() ? "?" : "") + "=" + match.country().alpha2());
    }
    return result;
  }

  @Test
  void scanFindsLongestNamesAlignedToTokens() {
    assertEquals(List.of("Guinea-Bissau=GW", "Equatorial Guinea=GQ", "Papua New Guinea=PG", "Guinea?=GN"),
        found("Guinea-Bissau, Equatorial Guinea, Papua New Guinea and Guinea."));
    assertEquals(List.of("the United\nStates=US", "U.S.=US"), found("the United\nStates and the U.S."));
    assertEquals(List.of("Tajik=TJ", "Afghan=AF", "Soviet=SU"), found("the Tajik-Afghan border of ex-Soviet states"));
    assertEquals(List.of("Congo=CD"), found("Congo's army"));
    // "the" belongs to names such as "the Czech Republic", not to "the Hong Kong government"
    assertEquals(List.of("the Czech Republic=CZ", "Hong Kong=HK"), found("the Czech Republic and the Hong Kong government"));
  }

  @Test
  void scanMarksNamesThatNeedTheRecognizersAgreement() {
    assertEquals(List.of("Georgia?=GE", "Jordan?=JO", "Chad?=TD", "Turkey?=TR", "US?=US"), found("Georgia, Jordan, Chad, Turkey, US"));
    assertEquals(List.of(), found("let us eat turkey in chad"));
    assertEquals(List.of("RUSSIA=RU", "CHINA=CN"), found("RUSSIA AND CHINA SIGN DEAL"));
  }
}
