package org.nerkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nerkit.normalize.country.CountryGazetteer;
import org.nerkit.normalize.country.CountryInfo;
import org.nerkit.normalize.date.DateNormalizer;
import org.nerkit.normalize.date.NormalizedDate;
import org.nerkit.recognize.Mention;
import org.nerkit.resolve.AliasResolver;

/**
 * Turns the recognizer's labelled spans into typed entities: countries and nationalities get
 * their ISO codes, dates their TIMEX3 values, people and organisations their canonical names.
 * Stateless; one per extractor.
 */
final class EntityAssembler {
  private final CountryGazetteer countries;
  private final DateNormalizer dates;
  private final AliasResolver aliases;

  EntityAssembler(CountryGazetteer countries, DateNormalizer dates, AliasResolver aliases) {
    this.countries = countries;
    this.dates = dates;
    this.aliases = aliases;
  }

  List<Entity> assemble(String text, List<Mention> mentions, LocalDate referenceDate) {
    List<Entity> entities = new ArrayList<>(mentions.size());
    List<AliasResolver.Name> names = new ArrayList<>();
    List<Integer> nameIndexes = new ArrayList<>();
    int coveredUntil = -1;
    for (Mention mention : mentions) {
      if (mention.start() < coveredUntil) {
        continue; // inside a date mention that was extended over it
      }
      if (mention.label().equals("DATE")) {
        int end = dates.extendedEnd(text, mention.start(), mention.end());
        if (end != mention.end()) {
          mention = new Mention(mention.label(), mention.start(), end, mention.probability());
          coveredUntil = end;
        }
      }
      String surface = text.substring(mention.start(), mention.end());
      Entity entity = switch (mention.label()) {
        case "PERSON", "ORG" -> {
          AliasResolver.Kind kind = mention.label().equals("PERSON") ? AliasResolver.Kind.PERSON : AliasResolver.Kind.ORGANIZATION;
          names.add(new AliasResolver.Name(kind, surface));
          nameIndexes.add(entities.size());
          yield kind == AliasResolver.Kind.PERSON
              ? new Person(surface, mention.start(), mention.end(), mention.probability(), surface)
              : new Organization(surface, mention.start(), mention.end(), mention.probability(), surface);
        }
        case "GPE", "LOC" -> place(text, mention);
        case "NORP" -> nationality(text, mention);
        case "DATE" -> date(surface, mention, referenceDate);
        default -> null; // a label this library does not expose
      };
      if (entity != null) {
        entities.add(entity);
      }
    }
    List<String> canonical = aliases.canonicalNames(names);
    for (int k = 0; k < canonical.size(); k++) {
      int index = nameIndexes.get(k);
      Entity entity = entities.get(index);
      if (entity instanceof Person p) {
        entities.set(index, new Person(p.text(), p.start(), p.end(), p.confidence(), canonical.get(k)));
      } else if (entity instanceof Organization o) {
        entities.set(index, new Organization(o.text(), o.start(), o.end(), o.confidence(), canonical.get(k)));
      }
    }
    return entities;
  }

  private Entity place(String text, Mention mention) {
    String surface = text.substring(mention.start(), mention.end());
    Optional<CountryInfo> country = countries.country(surface);
    if (country.isPresent()) {
      CountryInfo info = country.get();
      return new Country(surface, mention.start(), mention.end(), mention.probability(), info.alpha2(), info.name());
    }
    return new Location(surface, mention.start(), mention.end(), mention.probability());
  }

  /**
   * A demonym becomes a nationality; a prefixed one ("ex-Soviet", "pro-Russian") keeps only the
   * demonym. NORP mentions that name no country (religious or political groups) are dropped:
   * nerkit has no type for them.
   */
  private Entity nationality(String text, Mention mention) {
    int start = mention.start();
    String surface = text.substring(start, mention.end());
    Optional<CountryInfo> country = countries.nationality(surface);
    if (country.isEmpty()) {
      int hyphen = surface.indexOf('-');
      if (hyphen > 0 && hyphen < surface.length() - 1) {
        start += hyphen + 1;
        surface = text.substring(start, mention.end());
        country = countries.nationality(surface);
      }
    }
    if (country.isEmpty()) {
      return null;
    }
    return new Nationality(surface, start, mention.end(), mention.probability(), country.get().alpha2(), country.get().name());
  }

  private Entity date(String surface, Mention mention, LocalDate referenceDate) {
    Optional<NormalizedDate> value = dates.normalize(surface, referenceDate);
    return new DateMention(surface, mention.start(), mention.end(), mention.probability(),
        value.map(NormalizedDate::value).orElse(null), value.map(NormalizedDate::relative).orElse(false));
  }
}
