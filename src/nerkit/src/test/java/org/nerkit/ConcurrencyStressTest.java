package org.nerkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One extractor hammered by 16 threads over a shuffled corpus gives exactly the sequential
 * results: no state leaks between documents (the name finder's document memory included).
 */
class ConcurrencyStressTest {
  private static final String[] PEOPLE = {"Angela Merkel", "Joe Biden", "Narendra Modi", "Jacinda Ardern", "Cyril Ramaphosa",
      "Emmanuel Macron", "Fumio Kishida", "Olaf Scholz"};
  private static final String[] COUNTRIES = {"Germany", "Brazil", "India", "Kenya", "Japan", "the United States", "Chile", "Egypt"};
  private static final String[] ORGS = {"the World Bank", "the United Nations", "NATO", "the European Union", "Reuters"};
  private static final String[] DATES = {"on Monday", "last week", "on March 3, 2021", "in 2019", "a month ago", "yesterday"};

  private static List<String> corpus(int size, Random random) {
    List<String> documents = new ArrayList<>();
    for (int d = 0; d < size; d++) {
      StringBuilder text = new StringBuilder();
      int sentences = 1 + random.nextInt(8);
      for (int s = 0; s < sentences; s++) {
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        text.append(person).append(" told ").append(ORGS[random.nextInt(ORGS.length)]).append(' ')
            .append(DATES[random.nextInt(DATES.length)]).append(" that ").append(COUNTRIES[random.nextInt(COUNTRIES.length)])
            .append(random.nextBoolean() ? " would act.\n" : " and Russian officials agreed. ")
            .append(random.nextInt(4) == 0 ? person.substring(person.indexOf(' ') + 1) + " left.\n\n" : "");
      }
      documents.add(text.toString());
    }
    return documents;
  }

  @Test
  void sixteenThreadsGiveTheSequentialResults() throws Exception {
    EntityExtractor extractor = EntityExtractor.english();
    Random random = new Random(7);
    List<String> documents = corpus(400, random);
    LocalDate reference = LocalDate.of(2021, 9, 16);
    List<Extraction> sequential = new ArrayList<>();
    for (String document : documents) {
      sequential.add(extractor.extract(document, reference));
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < documents.size(); k++) {
      order.add(k);
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (int round = 0; round < 3; round++) {
        Collections.shuffle(order, random);
        List<Future<Extraction>> futures = new ArrayList<>();
        for (int index : order) {
          String document = documents.get(index);
          futures.add(pool.submit(() -> extractor.extract(document, reference)));
        }
        for (int k = 0; k < order.size(); k++) {
          assertEquals(sequential.get(order.get(k)), futures.get(k).get(), "document " + order.get(k) + ", round " + round);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
