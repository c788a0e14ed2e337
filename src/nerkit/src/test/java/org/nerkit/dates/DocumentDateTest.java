package org.nerkit.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A document's own date: only a header, a byline or time stamp, or a dateline states one. */
class DocumentDateTest {
  private final DocumentDate documentDate = new DocumentDate();

  private Optional<DocumentDate.Found> find(String text) {
    return documentDate.find(text.replace("\\n", "\n"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "date 2021-09-16\\nTwo regional security blocs met.                                   | 2021-09-16 | HEADER",
      "MOSCOW, Sept. 16, 2021 (Reuters) - Russia said on Friday it would send troops.       | 2021-09-16 | DATELINE",
      "PARIS, March 4, 2021 (Reuters) - The ministers met in Paris yesterday.              | 2021-03-04 | DATELINE",
      "DUSHANBE, Tajikistan, September 16, 2021 /PRNewswire/ -- Leaders met on Thursday. | 2021-09-16 | DATELINE",
      "Nairobi, 3 March 2024 — Kenya's central bank held rates.                          | 2024-03-03 | DATELINE",
      "By Anthony Marcus, for Eurasia Business News – August 20, 2021\\n\\nThe leaders met on Monday. | 2021-08-20 | DATELINE",
      "Leaders meet in Dushanbe\\nSeptember 16, 2021 10:03 AM UTC\\nThe leaders met on Thursday.   | 2021-09-16 | DATELINE",
      "Published 16 September 2021\\nThe summit opened on Thursday.                            | 2021-09-16 | DATELINE",
  })
  void aDateTheDocumentStatesAboutItself(String text, String date, String source) {
    assertEquals(Optional.of(new DocumentDate.Found(LocalDate.parse(date), DocumentDate.Source.valueOf(source))), find(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The treaty was signed in Moscow on March 3, 1998. On Friday, the parties met again in Geneva.",
      "Talks resume\\nThe treaty of March 3, 1998 is back on the table, officials said on Friday.",
      "MOSCOW, Sept. 16 (Reuters) - A dateline without its year does not say which year.",
      "WASHINGTON (AP) — A dateline without a date.",
      "officials in Kabul, September 16, 2021 - a place in lower case opens no dateline.",
      "Officials said on Friday that the March 3, 2021 deadline would be extended by three weeks, as negotiators in Geneva "
          + "failed to agree. The deadline had been set on January 5, 2021.",
      "date 2021-02-30\\nAn impossible header is no date.",
  })
  void aDateInTheTextIsNotTheDocuments(String text) {
    assertEquals(Optional.empty(), find(text));
  }
}
