package org.nerkit.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lengths of time and recurrences as ISO 8601 durations ({@link Durations}), through
 * {@link DateNormalizer#duration}.
 */
class DurationsTest {
  private final DateNormalizer normalizer = new DateNormalizer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      20 years            | P20Y
      a 20-year-old       | P20Y
      20-year-old         | P20Y
      61 years old        | P61Y
      a month             | P1M
      the past 20 years   | P20Y
      three days          | P3D
      several years       | PXY
      two decades         | P20Y
      five hours          | PT5H
      1.5 years           | P1.5Y
      more than two weeks | P2W
      years               | PXY
      recent months       | PXM
      52                  | P52Y
      the next two years or so | P2Y
      the next 12 to 18 months | PXM
      two to three weeks  | PXW
      2 1/2 years         | P2.5Y
      a couple of years   | P2Y
      barely a month      | P1M
      at least 30 days    | P30D
      the past two quarters | P6M
      the latest nine months | P9M
      last two months     | P2M
      coming weeks        | PXW
      recent quarters     | PXM
      centuries           | PXY
      daily               | P1D
      weekly              | P1W
      quarterly           | P3M
      annually            | P1Y
      semiannual          | P6M
      """)
  void lengthsOfTimeAreDurations(String mention, String expected) {
    assertEquals(Optional.of(new Durations.Length(expected)), normalizer.duration(mention));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2017", "the past decade", "September 16", "Aug. 7", ""})
  void datesAndVagueLengthsAreNotDurations(String mention) {
    assertEquals(Optional.empty(), normalizer.duration(mention), mention);
  }
}
