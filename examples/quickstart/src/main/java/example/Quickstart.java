package example;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nerkit.Country;
import org.nerkit.Date;
import org.nerkit.Entity;
import org.nerkit.EntityExtractor;
import org.nerkit.EntityType;
import org.nerkit.Extraction;
import org.nerkit.Nationality;
import org.nerkit.Organization;
import org.nerkit.Person;

/** What a user writes: one shared extractor, typed entities, several threads. */
public final class Quickstart {
  public static void main(String[] args) throws Exception {
    EntityExtractor extractor = EntityExtractor.english(); // load once, share everywhere

    String text = """
        German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.
        Merkel said the European Union would send aid to Ukraine by March 3, 2022, and the
        International Monetary Fund (IMF) agreed. Ukrainian officials welcomed the IMF decision.
        """;
    Extraction result = extractor.extract(text, LocalDate.of(2022, 2, 16));
    for (Entity entity : result.entities()) {
      System.out.printf("%-12s %-35s [%d, %d) %s%n", entity.type(), '"' + entity.text() + '"',
          entity.start(), entity.end(), details(entity));
    }

    // Options go on a builder: here only countries and dates, confident ones.
    EntityExtractor placesAndDates = EntityExtractor.builder()
        .types(EntityType.COUNTRY, EntityType.DATE)
        .minConfidence(0.5)
        .build();
    System.out.println("countries and dates: " + placesAndDates.extract(text).entities().size());

    // The extractor is thread-safe: many documents at once, one instance.
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Extraction>> futures = List.of(
        pool.submit(() -> extractor.extract("The United Nations met in Geneva.")),
        pool.submit(() -> extractor.extract("Japan and South Korea signed a trade deal.")));
    for (Future<Extraction> future : futures) {
      System.out.println(future.get().entities());
    }
    pool.shutdown();
  }

  private static String details(Entity entity) {
    if (entity instanceof Person p) {
      return "canonical=" + p.canonical();
    } else if (entity instanceof Organization o) {
      return "canonical=" + o.canonical();
    } else if (entity instanceof Country c) {
      return c.countryCode() + " " + c.countryName();
    } else if (entity instanceof Nationality n) {
      return n.countryCode() + " " + n.countryName();
    } else if (entity instanceof Date d) {
      return "value=" + d.value();
    }
    return "";
  }
}
