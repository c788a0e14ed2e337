package org.nerkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nerkit.normalize.country.CountryGazetteer;
import org.nerkit.normalize.country.CountryInfo;
import org.nerkit.normalize.country.GazetteerMatch;
import org.nerkit.normalize.date.DateNormalizer;
import org.nerkit.normalize.date.NormalizedDate;
import org.nerkit.recognize.Mention;
import org.nerkit.resolve.DocumentResolver;

/**
 * Turns the recognizer's labelled spans into typed entities: countries and nationalities get
 * their ISO codes, dates their TIMEX3 values, people, organisations, countries and places their
 * document-level entity and canonical name.
 * The country gazetteer also corrects the recognizer where it knows better: it widens a place to
 * the full country name ("Guinea" to "Guinea-Bissau"), splits compounds ("Tajik-Afghan") and adds
 * unambiguous country names and nationalities the recognizer missed (ALL-CAPS headlines).
 * Stateless; one per extractor.
 */
final class EntityAssembler {
  /** Placeholder entity id until the document's mentions are resolved. */
  private static final String UNRESOLVED = "";

  /** Confidence reported for mentions found by the gazetteer alone, without the recognizer. */
  static final double GAZETTEER_CONFIDENCE = 0.5;

  private final CountryGazetteer countries;
  private final DateNormalizer dates;
  private final DocumentResolver resolver;

  EntityAssembler(CountryGazetteer countries, DateNormalizer dates, DocumentResolver resolver) {
    this.countries = countries;
    this.dates = dates;
    this.resolver = resolver;
  }

  /** Last words of organisation names: a place joined to them is part of the organisation's name. */
  private static final Set<String> ORGANIZATION_WORDS = Set.of(
      "Association", "Organization", "Organisation", "Council", "Bank", "Party", "Union", "Committee", "Ministry",
      "Foundation", "Institute", "University", "League", "Federation", "Agency", "Company", "Corporation", "Corp.",
      "Group", "Alliance", "Commission", "Society", "Chamber", "Forum", "Fund", "Airlines", "Airways", "Army", "Navy");
  /** Words after which a country name that the recognizer took for a person is a place ("King Abdullah of Jordan"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of(
      "of", "in", "to", "from", "into", "across", "toward", "towards", "visited", "visit", "and");

  List<Entity> assemble(String text, List<int[]> sentenceTokens, List<Mention> recognized, LocalDate referenceDate) {
    List<Mention> cleaned = new ArrayList<>(recognized.size());
    for (Mention mention : recognized) {
      cleaned.add(relabelCountryNames(text, withoutPossessive(text, mention)));
    }
    List<Mention> mentions = HyphenatedNames.joined(text, withoutPlacesNamingEvents(text,
        placesInOrganizationNames(text, sentenceTokens, withGazetteer(text, sentenceTokens, cleaned))));
    List<Entity> entities = new ArrayList<>(mentions.size());
    int coveredUntil = -1;
    int previousEnd = 0;
    for (Mention mention : mentions) {
      if (mention.start() < coveredUntil) {
        continue; // inside a date mention that was extended over it
      }
      if (mention.label().equals("DATE")) {
        int end = dates.extendedEnd(text, mention.start(), mention.end());
        int start = dates.extendedStart(text, mention.start(), end, previousEnd);
        if (end != mention.end() || start != mention.start()) {
          mention = new Mention(mention.label(), start, end, mention.probability());
          coveredUntil = end;
        }
      }
      String surface = text.substring(mention.start(), mention.end());
      if (mention.label().equals("DATE") && !dates.hasTemporalCue(surface)) {
        continue; // "already [heavily] dependent": nothing in it names a time
      }
      previousEnd = mention.end();
      switch (mention.label()) {
        case "PERSON" -> entities.add(new Person(surface, mention.start(), mention.end(), mention.probability(), surface, UNRESOLVED));
        case "ORG" -> entities.add(new Organization(surface, mention.start(), mention.end(), mention.probability(), surface, UNRESOLVED));
        case "GPE", "LOC", "NORP" -> places(text, mention, entities);
        case "DATE" -> entities.add(date(text, surface, mention, referenceDate, entities));
        default -> { } // a label this library does not expose
      }
    }
    addSpottedDates(text, entities, referenceDate);
    return resolved(text, entities);
  }

  /** Gives people, organisations, countries and places their document-level entity and canonical name. */
  private List<Entity> resolved(String text, List<Entity> entities) {
    List<DocumentResolver.Name> names = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    for (int k = 0; k < entities.size(); k++) {
      Entity entity = entities.get(k);
      DocumentResolver.Name name = null;
      if (entity instanceof Person p) {
        name = new DocumentResolver.Name(DocumentResolver.Kind.PERSON, p.text(), null);
      } else if (entity instanceof Organization o) {
        name = new DocumentResolver.Name(DocumentResolver.Kind.ORGANIZATION, o.text(), null);
      } else if (entity instanceof Country c) {
        name = new DocumentResolver.Name(DocumentResolver.Kind.COUNTRY, c.text(), c.code());
      } else if (entity instanceof Location l) {
        name = new DocumentResolver.Name(DocumentResolver.Kind.LOCATION, l.text(), null);
      }
      if (name != null) {
        names.add(name);
        indexes.add(k);
      }
    }
    List<DocumentResolver.Resolution> resolutions = resolver.resolve(text, names);
    List<Entity> result = new ArrayList<>(entities);
    for (int k = 0; k < resolutions.size(); k++) {
      DocumentResolver.Resolution r = resolutions.get(k);
      String id = "e" + (r.entity() + 1);
      Entity entity = entities.get(indexes.get(k));
      Entity withId;
      if (entity instanceof Person p) {
        withId = new Person(p.text(), p.start(), p.end(), p.confidence(), r.canonical(), id);
      } else if (entity instanceof Organization o) {
        withId = new Organization(o.text(), o.start(), o.end(), o.confidence(), r.canonical(), id);
      } else if (entity instanceof Country c) {
        withId = new Country(c.text(), c.start(), c.end(), c.confidence(), c.code(), c.alpha3(), c.numericCode(), c.name(),
            c.historical(), id);
      } else {
        Location l = (Location) entity;
        withId = new Location(l.text(), l.start(), l.end(), l.confidence(), l.countryCode(), r.canonical(), id);
      }
      result.set(indexes.get(k), withId);
    }
    return result;
  }

  /**
   * Widens recognized places to a country name that contains them, and adds the gazetteer's
   * unambiguous matches that no recognized mention touches.
   */
  private List<Mention> withGazetteer(String text, List<int[]> sentenceTokens, List<Mention> recognized) {
    List<GazetteerMatch> matches = countries.find(text, sentenceTokens);
    if (matches.isEmpty()) {
      return recognized;
    }
    List<Mention> result = new ArrayList<>(recognized.size() + matches.size());
    SpanIndex<Mention> index = new SpanIndex<>(recognized, Mention::start, Mention::end);
    int m = 0;
    for (Mention mention : recognized) {
      while (m < matches.size() && matches.get(m).end() <= mention.start()) {
        addIfFree(matches.get(m++), result, index);
      }
      Mention widened = mention;
      for (int k = m; k < matches.size() && matches.get(k).start() < mention.end(); k++) {
        GazetteerMatch match = matches.get(k);
        if (isPlace(mention) && match.start() <= mention.start() && match.end() >= mention.end()
            && match.end() - match.start() > mention.end() - mention.start() && !overlapsOther(match, mention, index)) {
          String label = match.kind() == GazetteerMatch.Kind.COUNTRY ? "GPE" : "NORP";
          widened = new Mention(label, match.start(), match.end(), mention.probability());
        }
      }
      result.add(widened);
    }
    while (m < matches.size()) {
      addIfFree(matches.get(m++), result, index);
    }
    result.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    // A widened mention may now cover a neighbour it absorbed ("Guinea" "-" "Bissau").
    List<Mention> disjoint = new ArrayList<>(result.size());
    int end = -1;
    for (Mention mention : result) {
      if (mention.start() >= end) {
        disjoint.add(mention);
        end = mention.end();
      }
    }
    return disjoint;
  }

  /**
   * People and places never include a possessive ending: "Congo's" is "Congo". Organisation
   * names often do ("McDonald's", "Moody's"), so theirs stay as the recognizer found them.
   */
  private static Mention withoutPossessive(String text, Mention mention) {
    if (mention.label().equals("ORG") || mention.label().equals("DATE")) {
      return mention; // dates: OntoNotes keeps "'s" in "last year's" (trimming cost 0.55 DATE F1 there, gained 0.9 on TempEval)
    }
    int end = mention.end();
    if (end - mention.start() > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
      end -= 2;
    } else if (end - mention.start() > 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '\u2019')
        && text.charAt(end - 2) == 's') {
      end -= 1;
    }
    return end == mention.end() ? mention : new Mention(mention.label(), mention.start(), end, mention.probability());
  }

  /**
   * A lone country name labelled PERSON after "of", "in", "visited"... is the country; an
   * organisation whose whole name is an unambiguous country name ("the Russian Federation") too.
   */
  private Mention relabelCountryNames(String text, Mention mention) {
    if (mention.label().equals("ORG") && countries.isUnambiguousCountryName(text.substring(mention.start(), mention.end()))) {
      return new Mention("GPE", mention.start(), mention.end(), mention.probability());
    }
    if (!mention.label().equals("PERSON") || countries.country(text.substring(mention.start(), mention.end())).isEmpty()) {
      return mention;
    }
    int k = mention.start() - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    int wordEnd = k + 1;
    while (k >= 0 && Character.isLetter(text.charAt(k))) {
      k--;
    }
    String previous = text.substring(k + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
    return PLACE_PREPOSITIONS.contains(previous) ? new Mention("GPE", mention.start(), mention.end(), mention.probability()) : mention;
  }

  /**
   * A place joined to a run of capitalized words that ends like an organisation's name belongs to
   * that name: "Europe-Uzbekistan Association" is one organisation, not a continent and a country.
   */
  private static List<Mention> placesInOrganizationNames(String text, List<int[]> sentenceTokens, List<Mention> mentions) {
    List<Mention> result = new ArrayList<>(mentions.size());
    int sentence = 0;
    int index = 0;
    while (index < mentions.size()) {
      Mention first = mentions.get(index);
      if (!isPlace(first)) {
        result.add(first);
        index++;
        continue;
      }
      while (sentence < sentenceTokens.size() && lastEnd(sentenceTokens.get(sentence)) <= first.start()) {
        sentence++;
      }
      int[] offsets = sentence < sentenceTokens.size() ? sentenceTokens.get(sentence) : new int[0];
      int t = firstTokenAtOrAfter(offsets, first.end());
      int end = -1;
      for (int steps = 0; t < offsets.length / 2 && steps < 8; t++, steps++) {
        String token = text.substring(offsets[2 * t], offsets[2 * t + 1]);
        boolean joined = offsets[2 * t] - (t > 0 ? offsets[2 * t - 1] : offsets[2 * t]) <= 1;
        if (!joined || !(token.equals("-") || Character.isUpperCase(token.charAt(0)))) {
          break;
        }
        if (ORGANIZATION_WORDS.contains(token)) {
          end = offsets[2 * t + 1];
          break;
        }
      }
      if (end < 0) {
        result.add(first);
        index++;
        continue;
      }
      double probability = first.probability();
      while (index < mentions.size() && mentions.get(index).start() < end) {
        probability = Math.max(probability, mentions.get(index).probability());
        index++;
      }
      result.add(new Mention("ORG", first.start(), Math.max(end, mentions.get(index - 1).end()), probability));
    }
    return result;
  }

  private static int lastEnd(int[] offsets) {
    return offsets.length == 0 ? -1 : offsets[offsets.length - 1];
  }

  private static int firstTokenAtOrAfter(int[] offsets, int position) {
    int t = 0;
    while (t < offsets.length / 2 && offsets[2 * t] < position) {
      t++;
    }
    return t;
  }

  private static void addIfFree(GazetteerMatch match, List<Mention> result, SpanIndex<Mention> recognized) {
    if (match.ambiguous() || overlapsOther(match, null, recognized)) {
      return;
    }
    String label = match.kind() == GazetteerMatch.Kind.COUNTRY ? "GPE" : "NORP";
    result.add(new Mention(label, match.start(), match.end(), GAZETTEER_CONFIDENCE));
  }

  /**
   * Whether the match touches a recognized mention other than {@code except}; with an
   * {@code except} (widening), places wholly inside the match do not count: they are absorbed.
   */
  private static boolean overlapsOther(GazetteerMatch match, Mention except, SpanIndex<Mention> recognized) {
    for (Mention other : recognized.overlapping(match.start(), match.end(), Mention::end)) {
      if (other == except) {
        continue;
      }
      boolean absorbed = except != null && isPlace(other) && other.start() >= match.start() && other.end() <= match.end();
      if (!absorbed) {
        return true;
      }
    }
    return false;
  }

  /** Words that, right after a place or nationality, make it the name of a championship ("the U.S. Open"). */
  private static final Set<String> EVENT_WORDS = Set.of("Open", "Masters");

  /**
   * Drops a place or nationality that names a championship with the word after it ("the U.S.
   * Open", "the French Open", "HONG KONG OPEN"): the event is neither a place nor a group, in
   * OntoNotes (EVENT) and CoNLL-2003 (MISC) alike. The word must be capitalized like the
   * mention ("Britain open to talks" keeps Britain).
   */
  private static List<Mention> withoutPlacesNamingEvents(String text, List<Mention> mentions) {
    List<Mention> result = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      if (!(isPlace(mention) && namesEvent(text, mention))) {
        result.add(mention);
      }
    }
    return result;
  }

  private static boolean namesEvent(String text, Mention mention) {
    int start = mention.end() + 1;
    if (start >= text.length() || text.charAt(mention.end()) != ' ') {
      return false;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.substring(start, end);
    if (EVENT_WORDS.contains(word)) {
      return true;
    }
    String surface = text.substring(mention.start(), mention.end());
    boolean upperCase = surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
    return upperCase && word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
        && EVENT_WORDS.stream().anyMatch(event -> event.equalsIgnoreCase(word));
  }

  private static boolean isPlace(Mention mention) {
    return mention.label().equals("GPE") || mention.label().equals("LOC") || mention.label().equals("NORP");
  }

  /**
   * A place, a nationality, or a compound of them. GPE, LOC and NORP are tried both ways: the
   * recognizer sometimes calls a country NORP and a demonym GPE; the gazetteer settles it.
   */
  private void places(String text, Mention mention, List<Entity> out) {
    String surface = text.substring(mention.start(), mention.end());
    Entity whole = place(text, surface, mention.start(), mention.end(), mention.probability(), mention.label());
    if (whole != null) {
      out.add(whole);
      return;
    }
    // "Tajik-Afghan", "ex-Soviet", "U.S.-Russian": each part that names a country or nationality.
    if (surface.indexOf('-') > 0) {
      List<Entity> parts = new ArrayList<>();
      int partStart = mention.start();
      for (int i = mention.start(); i <= mention.end(); i++) {
        if (i == mention.end() || text.charAt(i) == '-') {
          if (i > partStart) {
            Entity part = place(text, text.substring(partStart, i), partStart, i, mention.probability(), "NORP");
            if (part instanceof Country || part instanceof Nationality) {
              parts.add(part);
            }
          }
          partStart = i + 1;
        }
      }
      if (!parts.isEmpty()) {
        out.addAll(parts);
        return;
      }
      // no part names a country: a hyphenated place such as "Port-au-Prince"
    }
    if (mention.label().equals("NORP")) {
      out.add(new Group(surface, mention.start(), mention.end(), mention.probability()));
    } else {
      out.add(new Location(surface, mention.start(), mention.end(), mention.probability(),
          countries.countryOfPlace(surface).orElse(null), surface, UNRESOLVED));
    }
  }

  private Entity place(String text, String surface, int start, int end, double confidence, String label) {
    Optional<CountryInfo> country = countries.countryInContext(surface, text);
    if (country.isPresent()) {
      CountryInfo info = country.get();
      return new Country(surface, start, end, confidence, info.alpha2(), info.alpha3(), info.numeric(), info.name(),
          info.historical(), UNRESOLVED);
    }
    Optional<CountryInfo> nationality = countries.nationality(surface);
    if (nationality.isPresent()) {
      return new Nationality(surface, start, end, confidence, nationality.get().alpha2(), nationality.get().name());
    }
    if (countries.country(surface).isPresent() && !label.equals("NORP")) {
      // A country name the context rules out ("Georgia" among U.S. states): a place in that country.
      return new Location(surface, start, end, confidence, countries.countryOfPlace(surface).orElse(null), surface, UNRESOLVED);
    }
    return null;
  }

  /** Confidence of a date found by pattern rather than by the recognizer. */
  static final double SPOTTED_DATE_CONFIDENCE = 0.9;

  /** Dates the recognizer missed ("now", "Aug. 7") where no other entity is; only those the grammar can read. */
  private void addSpottedDates(String text, List<Entity> entities, LocalDate referenceDate) {
    List<int[]> spans = dates.spot(text);
    if (spans.isEmpty()) {
      return;
    }
    List<Entity> found = new ArrayList<>();
    SpanIndex<Entity> index = new SpanIndex<>(entities, Entity::start, Entity::end);
    Set<Entity> replaced = new java.util.HashSet<>();
    for (int[] span : spans) {
      List<Entity> overlapping = index.overlapping(span[0], span[1], Entity::end);
      // Free text, or only a part of this date the recognizer found ("1998" of "Aug. 7, 1998").
      boolean widens = overlapping.stream().allMatch(e -> (e instanceof DateMention || e instanceof DurationMention)
          && e.start() >= span[0] && e.end() <= span[1])
          // the recognizer found this very date: keep its mention and confidence
          && overlapping.stream().noneMatch(e -> e.start() == span[0] && e.end() == span[1]);
      if (widens) {
        String surface = text.substring(span[0], span[1]);
        Entity date = date(text, surface, new Mention("DATE", span[0], span[1], SPOTTED_DATE_CONFIDENCE), referenceDate, entities);
        if (date instanceof DateMention mention && mention.value() != null) {
          found.add(date);
          replaced.addAll(overlapping);
        }
      }
    }
    entities.removeAll(replaced);
    entities.addAll(found);
  }

  /** The value of the last date before {@code position} that names a year, month or day ("that year" counts from it). */
  private static String anchorBefore(List<Entity> entities, int position) {
    DateMention last = null;
    for (Entity entity : entities) {
      if (entity instanceof DateMention date && date.end() <= position && date.value() != null
          && date.value().matches("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?") && (last == null || date.start() > last.start())) {
        last = date;
      }
    }
    return last == null ? null : last.value();
  }

  /** A calendar date if the mention names one, else a length of time if it is one ("20 years"), else an unresolved date. */
  private Entity date(String text, String surface, Mention mention, LocalDate referenceDate, List<Entity> earlier) {
    Optional<NormalizedDate> value = dates.yearAgoQuarter(text, mention.start(), mention.end(), referenceDate);
    if (value.isEmpty()) {
      String anchor = dates.isAnaphoric(surface) ? anchorBefore(earlier, mention.start()) : null;
      value = dates.normalize(surface, referenceDate, dates.tense(text, mention.start(), mention.end()), anchor);
    }
    if (value.isEmpty()) {
      Optional<String> duration = dates.duration(surface);
      if (duration.isPresent()) {
        return new DurationMention(surface, mention.start(), mention.end(), mention.probability(), duration.get());
      }
    }
    return new DateMention(surface, mention.start(), mention.end(), mention.probability(),
        value.map(NormalizedDate::value).orElse(null), value.map(NormalizedDate::relative).orElse(false),
        value.map(NormalizedDate::rangeEnd).orElse(null));
  }
}
