package org.nerkit.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * "A year ago" in a quarterly report ({@link QuarterlyReports}), through
 * {@link DateNormalizer#yearAgoQuarter}.
 */
class QuarterlyReportsTest {
  private final DateNormalizer normalizer = new DateNormalizer();

  @Test
  void aYearAgoInAQuarterlyReportIsTheYearAgoQuarter() {
    LocalDate reference = LocalDate.of(1989, 10, 26);
    String report = "Third-quarter net income rose to $4.5 million from $3.1 million a year ago, the company said.";
    int start = report.indexOf("a year ago");
    assertEquals(Optional.of("1988-Q3"), normalizer.yearAgoQuarter(report, start, start + 10, reference).map(NormalizedDate::value));
    String plain = "The plant closed a year ago. Workers are still waiting.";
    int plainStart = plain.indexOf("a year ago");
    assertEquals(Optional.empty(), normalizer.yearAgoQuarter(plain, plainStart, plainStart + 10, reference));
    assertEquals(Optional.empty(), normalizer.yearAgoQuarter(report, start, start + 10, null));
  }

  @Test
  void theYearAgoQuarterFollowsTheQuarterTheReportIsAbout() {
    LocalDate reference = LocalDate.of(1989, 10, 26);
    String report = "The company posted a loss for its fiscal-first quarter ended Sept. 30. "
        + "It had a net loss of C$2.3 million a year ago. Sales were C$348 million against C$307 million a year earlier.";
    int ago = report.indexOf("a year ago");
    assertEquals(Optional.of("1988-Q1"), normalizer.yearAgoQuarter(report, ago, ago + 10, reference).map(NormalizedDate::value));
    int earlier = report.indexOf("a year earlier");
    assertEquals(Optional.of("1988-Q1"),
        normalizer.yearAgoQuarter(report, earlier, earlier + 14, reference).map(NormalizedDate::value));
    String farAway = "Quarterly results were mixed. " + "The board met and talked. ".repeat(30) + "A year ago, it sold a plant.";
    int far = farAway.indexOf("A year ago");
    assertEquals(Optional.empty(), normalizer.yearAgoQuarter(farAway, far, far + 10, reference));
  }
}
