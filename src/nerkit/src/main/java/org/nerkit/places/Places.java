package org.nerkit.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nerkit.EntityType;
import org.nerkit.document.Document;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;
import org.nerkit.util.SpanIndex;

/**
 * The places stage. The recognizer proposes, the country gazetteer corrects: {@link #correct}
 * widens a place to the full country name ("Guinea" to "Guinea-Bissau"), adds unambiguous country
 * names and nationalities the recognizer missed (ALL-CAPS headlines), relabels a country name the
 * recognizer took for a person or an organisation, joins a place to the organisation name it is
 * part of ("Europe-Uzbekistan Association"), and drops a place that names a championship ("the
 * U.S. Open"). {@link #type} then makes each place a country, nationality, group or location, and
 * splits compounds ("Tajik-Afghan"). Thread-safe.
 */
public final class Places {
  /** Confidence reported for mentions found by the gazetteer alone, without the recognizer. */
  public static final double GAZETTEER_CONFIDENCE = 0.5;

  /** Last words of organisation names: a place joined to them is part of the organisation's name. */
  private static final Set<String> ORGANIZATION_WORDS = Set.of(
      "Association", "Organization", "Organisation", "Council", "Bank", "Party", "Union", "Committee", "Ministry",
      "Foundation", "Institute", "University", "League", "Federation", "Agency", "Company", "Corporation", "Corp.",
      "Group", "Alliance", "Commission", "Society", "Chamber", "Forum", "Fund", "Airlines", "Airways", "Army", "Navy");
  /** Words after which a country name that the recognizer took for a person is a place ("King Abdullah of Jordan"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of(
      "of", "in", "to", "from", "into", "across", "toward", "towards", "visited", "visit", "and");
  /** Words that, right after a place or nationality, make it the name of a championship ("the U.S. Open"). */
  private static final Set<String> EVENT_WORDS = Set.of("Open", "Masters");

  private final CountryGazetteer countries = CountryGazetteer.english();

  public Places() {}

  /** A place typed: a {@code COUNTRY} or {@code NATIONALITY} with its country, a {@code GROUP}, or a {@code LOCATION} with the country it lies in (null when unknown). */
  public record Place(EntityType type, int start, int end, double confidence, CountryInfo country, String locatedIn) {
    public Place {
      Objects.requireNonNull(type, "type");
    }
  }

  /** The gazetteer's corrections to the recognizer's mentions (all of them, in text order); returns them in text order. */
  public List<Mention> correct(Document document, List<Mention> mentions) {
    String text = document.text();
    List<Mention> relabelled = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      relabelled.add(withoutArticleBeforeCountry(text, relabelCountryNames(text, mention)));
    }
    return withoutPlacesNamingEvents(text, placesInOrganizationNames(document, withGazetteer(document, relabelled)));
  }

  /** What settles ambiguous names ("Georgia", "Congo") in this document: one per document, for {@link #type}. */
  public Context context(Document document) {
    return new Context(countries.context(document.text()));
  }

  /** A document's context for ambiguous place names, read from its text once, when first needed. Not thread-safe. */
  public static final class Context {
    private final CountryGazetteer.DocumentContext gazetteer;

    private Context(CountryGazetteer.DocumentContext gazetteer) {
      this.gazetteer = gazetteer;
    }
  }

  /**
   * A place, a nationality, or a compound of them. GPE, LOC and NORP are tried both ways: the
   * recognizer sometimes calls a country NORP and a demonym GPE; the gazetteer settles it.
   *
   * @return one place, or the parts of a compound ("Tajik-Afghan", "ex-Soviet", "U.S.-Russian")
   */
  public List<Place> type(Document document, Mention mention, Context context) {
    String text = document.text();
    String surface = text.substring(mention.start(), mention.end());
    Place whole = place(surface, mention.start(), mention.end(), mention.confidence(), mention.label(), context);
    if (whole != null) {
      return List.of(whole);
    }
    if (surface.indexOf('-') > 0) {
      List<Place> parts = new ArrayList<>();
      int partStart = mention.start();
      for (int i = mention.start(); i <= mention.end(); i++) {
        if (i == mention.end() || text.charAt(i) == '-') {
          if (i > partStart) {
            Place part = place(text.substring(partStart, i), partStart, i, mention.confidence(), Label.NORP, context);
            if (part != null && (part.type() == EntityType.COUNTRY || part.type() == EntityType.NATIONALITY)) {
              parts.add(part);
            }
          }
          partStart = i + 1;
        }
      }
      if (!parts.isEmpty()) {
        return parts;
      }
      // no part names a country: a hyphenated place such as "Port-au-Prince"
    }
    if (mention.label() == Label.NORP) {
      return List.of(new Place(EntityType.GROUP, mention.start(), mention.end(), mention.confidence(), null, null));
    }
    return List.of(new Place(EntityType.LOCATION, mention.start(), mention.end(), mention.confidence(), null,
        countries.countryOfPlace(surface).orElse(null)));
  }

  private Place place(String surface, int start, int end, double confidence, Label label, Context context) {
    Optional<CountryInfo> country = countries.countryInContext(surface, context.gazetteer);
    if (country.isPresent()) {
      return new Place(EntityType.COUNTRY, start, end, confidence, country.get(), null);
    }
    Optional<CountryInfo> nationality = countries.nationality(surface);
    if (nationality.isPresent()) {
      return new Place(EntityType.NATIONALITY, start, end, confidence, nationality.get(), null);
    }
    if (countries.country(surface).isPresent() && label != Label.NORP) {
      // A country name the context rules out ("Georgia" among U.S. states): a place in that country.
      return new Place(EntityType.LOCATION, start, end, confidence, null, countries.countryOfPlace(surface).orElse(null));
    }
    return null;
  }

  /**
   * A country name keeps the article before it only when the name takes one, as the gazetteer
   * decides for its own matches: "The USA beat Mexico" gives "USA", "the United States" stays
   * whole. Only country names: "The Hague" stays whole.
   */
  private Mention withoutArticleBeforeCountry(String text, Mention mention) {
    if (mention.label() != Label.GPE || mention.end() - mention.start() < 5
        || !text.regionMatches(true, mention.start(), "the", 0, 3) || !Character.isWhitespace(text.charAt(mention.start() + 3))) {
      return mention;
    }
    int rest = mention.start() + 3;
    while (rest < mention.end() && Character.isWhitespace(text.charAt(rest))) {
      rest++;
    }
    String name = text.substring(rest, mention.end());
    if (name.isEmpty() || CountryGazetteer.takesArticle(name) || countries.country(name).isEmpty()) {
      return mention;
    }
    return mention.withSpan(rest, mention.end());
  }

  /**
   * A lone country name labelled PERSON after "of", "in", "visited"... is the country; an
   * organisation whose whole name is an unambiguous country name ("the Russian Federation") too.
   */
  private Mention relabelCountryNames(String text, Mention mention) {
    if (mention.label() == Label.ORG && countries.isUnambiguousCountryName(text.substring(mention.start(), mention.end()))) {
      return mention.withLabel(Label.GPE);
    }
    if (mention.label() != Label.PERSON || countries.country(text.substring(mention.start(), mention.end())).isEmpty()) {
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
    String previous = text.substring(k + 1, wordEnd).toLowerCase(Locale.ROOT);
    return PLACE_PREPOSITIONS.contains(previous) ? mention.withLabel(Label.GPE) : mention;
  }

  /**
   * Widens recognized places to a country name that contains them, and adds the gazetteer's
   * unambiguous matches that no recognized mention touches.
   */
  private List<Mention> withGazetteer(Document document, List<Mention> recognized) {
    List<GazetteerMatch> matches = countries.find(document);
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
        if (mention.label().isPlace() && match.start() <= mention.start() && match.end() >= mention.end()
            && match.end() - match.start() > mention.end() - mention.start() && !overlapsOther(match, mention, index)) {
          widened = new Mention(labelOf(match), match.start(), match.end(), mention.confidence());
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

  private static Label labelOf(GazetteerMatch match) {
    return match.kind() == GazetteerMatch.Kind.COUNTRY ? Label.GPE : Label.NORP;
  }

  private static void addIfFree(GazetteerMatch match, List<Mention> result, SpanIndex<Mention> recognized) {
    if (match.ambiguous() || overlapsOther(match, null, recognized)) {
      return;
    }
    result.add(new Mention(labelOf(match), match.start(), match.end(), GAZETTEER_CONFIDENCE));
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
      boolean absorbed = except != null && other.label().isPlace() && other.start() >= match.start()
          && other.end() <= match.end();
      if (!absorbed) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place joined to a run of capitalized words that ends like an organisation's name belongs to
   * that name: "Europe-Uzbekistan Association" is one organisation, not a continent and a country.
   */
  private static List<Mention> placesInOrganizationNames(Document document, List<Mention> mentions) {
    String text = document.text();
    List<Mention> result = new ArrayList<>(mentions.size());
    int index = 0;
    while (index < mentions.size()) {
      Mention first = mentions.get(index);
      if (!first.label().isPlace()) {
        result.add(first);
        index++;
        continue;
      }
      int t = document.firstTokenAtOrAfter(first.end());
      int sentenceEnd = document.endToken(sentenceOf(document, first));
      int end = -1;
      for (int steps = 0; t < sentenceEnd && steps < 8; t++, steps++) {
        String token = document.token(t);
        boolean joined = document.tokenStart(t) - (t > 0 ? document.tokenEnd(t - 1) : document.tokenStart(t)) <= 1;
        if (!joined || !(token.equals("-") || Character.isUpperCase(token.charAt(0)))) {
          break;
        }
        if (ORGANIZATION_WORDS.contains(token)) {
          end = document.tokenEnd(t);
          break;
        }
      }
      if (end < 0) {
        result.add(first);
        index++;
        continue;
      }
      double confidence = first.confidence();
      while (index < mentions.size() && mentions.get(index).start() < end) {
        confidence = Math.max(confidence, mentions.get(index).confidence());
        index++;
      }
      result.add(new Mention(Label.ORG, first.start(), Math.max(end, mentions.get(index - 1).end()), confidence));
    }
    return result;
  }

  /** The sentence in which the mention starts. */
  private static int sentenceOf(Document document, Mention mention) {
    int t = document.firstTokenAtOrAfter(mention.start());
    return t < document.tokenCount() ? document.sentenceOf(t) : document.sentenceCount() - 1;
  }

  /**
   * Drops a place or nationality that names a championship with the word after it ("the U.S.
   * Open", "the French Open", "HONG KONG OPEN"): the event is neither a place nor a group, in
   * OntoNotes (EVENT) and CoNLL-2003 (MISC) alike. The word must be capitalized like the
   * mention ("Britain open to talks" keeps Britain).
   */
  private static List<Mention> withoutPlacesNamingEvents(String text, List<Mention> mentions) {
    List<Mention> result = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      if (!(mention.label().isPlace() && namesEvent(text, mention))) {
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
    boolean upperCase = surface.equals(surface.toUpperCase(Locale.ROOT));
    return upperCase && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
        && EVENT_WORDS.stream().anyMatch(event -> event.equalsIgnoreCase(word));
  }
}
