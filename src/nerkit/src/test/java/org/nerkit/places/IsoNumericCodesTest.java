package org.nerkit.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.Region;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bundled numeric codes agree with Unicode CLDR as ICU4J ships it. After an ICU4J upgrade a
 * failure prints the table to paste into iso3166-numeric.tsv.
 */
class IsoNumericCodesTest {
  @Test
  void numericCodesMatchCldr() {
    CountryGazetteer gazetteer = CountryGazetteer.english();
    StringBuilder expected = new StringBuilder();
    StringBuilder actual = new StringBuilder();
    for (String alpha2 : Locale.getISOCountries()) {
      expected.append(String.format("%s\t%03d%n", alpha2, Region.getInstance(alpha2).getNumericCode()));
      actual.append(alpha2).append('\t').append(gazetteer.byCode(alpha2).orElseThrow().numeric()).append('\n');
    }
    assertEquals(expected.toString(), actual.toString());
  }

  @Test
  void alpha3CodesFromTheJdkMatchCldrToo() {
    for (String alpha2 : Locale.getISOCountries()) {
      String icuAlpha3 = new com.ibm.icu.util.ULocale("und_" + alpha2).getISO3Country();
      assertEquals(icuAlpha3, CountryGazetteer.english().byCode(alpha2).orElseThrow().alpha3(), alpha2);
    }
  }
}
