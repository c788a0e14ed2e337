package org.nerkit.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nerkit.Country;
import org.nerkit.Date;
import org.nerkit.Duration;
import org.nerkit.Entity;
import org.nerkit.EntityType;
import org.nerkit.Extraction;
import org.nerkit.Group;
import org.nerkit.Location;
import org.nerkit.Nationality;
import org.nerkit.Organization;
import org.nerkit.Person;
import org.nerkit.Sentence;
import org.nerkit.Token;
import org.nerkit.dates.Dates;
import org.nerkit.document.Document;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;
import org.nerkit.places.CountryInfo;
import org.nerkit.places.Places;
import org.nerkit.recognize.Recognition;
import org.nerkit.resolve.DocumentResolver;
import org.nerkit.tokenize.Tokenization;
import org.nerkit.util.SpanIndex;

/**
 * Extraction as a sequence of stages, each in its own package and owning its rules:
 *
 * <ol>
 *   <li><b>tokenize</b> ({@link Tokenization}): sentences and tokens;
 *   <li><b>recognize</b> ({@link Recognition}): the name finder's mentions, consistent across the
 *       document;
 *   <li><b>places</b> ({@link Places}): the country gazetteer corrects and types places and
 *       nationalities;
 *   <li>then names cut at a hyphen are made whole ({@link Recognition#joinHyphenated});
 *   <li><b>dates</b> ({@link Dates}): date extents, values and durations, and dates found by
 *       pattern;
 *   <li><b>resolve</b> ({@link DocumentResolver}): the mentions of one entity share an id and a
 *       canonical name.
 * </ol>
 *
 * The entity records are built once, at the end. The types asked for decide which stages run:
 * places and resolution only when a named type is wanted, date values only when dates or
 * durations are. Thread-safe.
 */
public final class Pipeline {
  private static final Set<EntityType> NAMED = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION,
      EntityType.COUNTRY, EntityType.LOCATION);
  private static final Set<EntityType> PLACE_TYPES = EnumSet.of(EntityType.COUNTRY, EntityType.NATIONALITY,
      EntityType.GROUP, EntityType.LOCATION);
  private static final Set<EntityType> TIME_TYPES = EnumSet.of(EntityType.DATE, EntityType.DURATION);

  private final Tokenization tokenization;
  private final Recognition recognition;
  private final Places places;
  private final Dates dates;
  private final DocumentResolver resolver;
  private final Set<EntityType> types;
  private final double minConfidence;
  private final boolean runPlaces;
  private final boolean runDates;
  private final boolean runResolve;

  /**
   * @param types the entity types to return; the stages that cannot affect them are skipped
   * @param minConfidence entities below it are dropped
   */
  public Pipeline(Tokenization tokenization, Recognition recognition, Places places, Dates dates, DocumentResolver resolver,
      Set<EntityType> types, double minConfidence) {
    this.tokenization = Objects.requireNonNull(tokenization, "tokenization");
    this.recognition = Objects.requireNonNull(recognition, "recognition");
    this.places = Objects.requireNonNull(places, "places");
    this.dates = Objects.requireNonNull(dates, "dates");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.types = Set.copyOf(types);
    this.minConfidence = minConfidence;
    // Places also correct people and organisations ("Jordan" after "King Abdullah of" is a place).
    this.runPlaces = this.types.stream().anyMatch(type -> NAMED.contains(type) || PLACE_TYPES.contains(type));
    this.runDates = this.types.stream().anyMatch(TIME_TYPES::contains);
    this.runResolve = this.types.stream().anyMatch(NAMED::contains);
  }

  /** The stages this pipeline runs, in order: the ones that can affect the types it returns. */
  List<String> stages() {
    List<String> stages = new ArrayList<>(List.of("tokenize", "recognize"));
    if (runPlaces) {
      stages.add("places");
    }
    if (runDates) {
      stages.add("dates");
    }
    if (runResolve) {
      stages.add("resolve");
    }
    return stages;
  }

  /** Extracts one document; {@code referenceDate} may be null (with {@code source} {@code NONE}). */
  public Extraction extract(String text, LocalDate referenceDate, Extraction.ReferenceDateSource source) {
    Document document = tokenization.apply(text);
    List<Mention> mentions = recognition.apply(document);
    List<Entity> entities = entities(document, mentions, referenceDate);
    return new Extraction(text, Optional.ofNullable(referenceDate), source, sentences(document), tokens(document), entities);
  }

  /**
   * The entities of a document from the recognizer's mentions onwards: every stage after
   * recognition, then the records, filtered by type and confidence, in text order.
   */
  List<Entity> entities(Document document, List<Mention> recognized, LocalDate referenceDate) {
    List<Mention> mentions = runPlaces ? places.correct(document, recognized) : recognized;
    mentions = Recognition.joinHyphenated(document, mentions); // after places: a country name stays apart ("Lithuania-Danius Gleveckas")
    mentions = dates.joinRanges(document, mentions);
    Places.Context placeContext = runPlaces ? places.context(document) : null;
    Dates.Session dateSession = dates.session(document, referenceDate);
    List<Finding> found = new ArrayList<>(mentions.size());
    int coveredUntil = -1;
    int previousEnd = 0;
    for (Mention mention : mentions) {
      if (mention.start() < coveredUntil) {
        continue; // inside a date mention that was extended over it
      }
      if (mention.label() == Label.DATE) {
        Mention extended = dates.extended(document, mention, previousEnd);
        if (extended != mention) {
          coveredUntil = extended.end();
          mention = extended;
        }
        if (!dates.namesATime(document, mention)) {
          continue;
        }
      }
      previousEnd = mention.end();
      switch (mention.label()) {
        case PERSON -> found.add(Finding.name(EntityType.PERSON, mention));
        case ORG -> found.add(Finding.name(EntityType.ORGANIZATION, mention));
        case GPE, LOC, NORP -> {
          if (runPlaces) {
            places.type(document, mention, placeContext).forEach(place -> found.add(Finding.of(place)));
          } else {
            found.add(Finding.untyped(mention));
          }
        }
        case DATE -> found.add(runDates ? Finding.of(dateSession.type(mention)) : Finding.untyped(mention));
      }
    }
    if (runDates) {
      addSpottedDates(dateSession, found);
    }
    return build(document, found);
  }

  /** Dates the recognizer missed ("now", "Aug. 7") where no other entity is, or that widen a date it found only part of. */
  private static void addSpottedDates(Dates.Session session, List<Finding> found) {
    List<int[]> spans = session.spot();
    if (spans.isEmpty()) {
      return;
    }
    List<Finding> added = new ArrayList<>();
    SpanIndex<Finding> index = new SpanIndex<>(found, Finding::start, Finding::end);
    Set<Finding> replaced = new HashSet<>();
    for (int[] span : spans) {
      List<Finding> overlapping = index.overlapping(span[0], span[1], Finding::end);
      // Free text, or only a part of this date the recognizer found ("1998" of "Aug. 7, 1998").
      boolean widens = overlapping.stream().allMatch(f -> f.isTime() && f.start() >= span[0] && f.end() <= span[1])
          // the recognizer found this very date: keep its mention and confidence
          && overlapping.stream().noneMatch(f -> f.start() == span[0] && f.end() == span[1]);
      if (widens) {
        Optional<Dates.TimeExpression> date = session.spotted(span[0], span[1]);
        if (date.isPresent()) {
          added.add(Finding.of(date.get()));
          replaced.addAll(overlapping);
        }
      }
    }
    found.removeIf(replaced::contains);
    found.addAll(added);
  }

  /** The records, built once: named entities with their document-level identity; filtered; in text order. */
  private List<Entity> build(Document document, List<Finding> found) {
    String text = document.text();
    List<DocumentResolver.Name> names = new ArrayList<>();
    for (Finding finding : found) {
      DocumentResolver.Kind kind = finding.resolverKind();
      if (kind != null) {
        String code = finding.place() != null && finding.place().country() != null ? finding.place().country().alpha2() : null;
        names.add(new DocumentResolver.Name(kind, text.substring(finding.start(), finding.end()), code));
      }
    }
    List<DocumentResolver.Resolution> resolutions = runResolve ? resolver.resolve(text, names) : List.of();
    List<Entity> entities = new ArrayList<>(found.size());
    int named = 0;
    for (Finding finding : found) {
      DocumentResolver.Resolution identity = null;
      if (finding.resolverKind() != null) {
        identity = runResolve ? resolutions.get(named) : null;
        named++;
      }
      if (finding.type() != null && types.contains(finding.type()) && finding.confidence() >= minConfidence) {
        entities.add(finding.entity(text, identity));
      }
    }
    entities.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
    return entities;
  }

  private static List<Sentence> sentences(Document document) {
    List<Sentence> sentences = new ArrayList<>(document.sentenceCount());
    String text = document.text();
    for (int s = 0; s < document.sentenceCount(); s++) {
      int start = document.sentenceStart(s);
      int end = document.sentenceEnd(s);
      sentences.add(new Sentence(text.substring(start, end), start, end, document.firstToken(s), document.endToken(s)));
    }
    return sentences;
  }

  private static List<Token> tokens(Document document) {
    List<Token> tokens = new ArrayList<>(document.tokenCount());
    for (int t = 0; t < document.tokenCount(); t++) {
      tokens.add(new Token(document.token(t), document.tokenStart(t), document.tokenEnd(t)));
    }
    return tokens;
  }

  /**
   * An entity found but not yet built: its type and span, and what the places or dates stage
   * learned of it. A null type is a mention kept only for its span (its stage did not run).
   */
  private record Finding(EntityType type, int start, int end, double confidence, Places.Place place,
      Dates.TimeExpression time) {

    static Finding name(EntityType type, Mention mention) {
      return new Finding(type, mention.start(), mention.end(), mention.confidence(), null, null);
    }

    static Finding untyped(Mention mention) {
      return new Finding(null, mention.start(), mention.end(), mention.confidence(), null, null);
    }

    static Finding of(Places.Place place) {
      return new Finding(place.type(), place.start(), place.end(), place.confidence(), place, null);
    }

    static Finding of(Dates.TimeExpression time) {
      return new Finding(time.type(), time.start(), time.end(), time.confidence(), null, time);
    }

    boolean isTime() {
      return time != null;
    }

    /** How the resolver treats it; null for what has no document-level identity. */
    DocumentResolver.Kind resolverKind() {
      if (type == null) {
        return null;
      }
      return switch (type) {
        case PERSON -> DocumentResolver.Kind.PERSON;
        case ORGANIZATION -> DocumentResolver.Kind.ORGANIZATION;
        case COUNTRY -> DocumentResolver.Kind.COUNTRY;
        case LOCATION -> DocumentResolver.Kind.LOCATION;
        default -> null;
      };
    }

    Entity entity(String text, DocumentResolver.Resolution identity) {
      String surface = text.substring(start, end);
      String id = identity == null ? "" : "e" + (identity.entity() + 1);
      String canonical = identity == null ? surface : identity.canonical();
      return switch (type) {
        case PERSON -> new Person(surface, start, end, confidence, canonical, id);
        case ORGANIZATION -> new Organization(surface, start, end, confidence, canonical, id);
        case COUNTRY -> {
          CountryInfo country = place.country();
          yield new Country(surface, start, end, confidence, country.alpha2(), country.alpha3(), country.numeric(),
              country.name(), country.historical(), id);
        }
        case LOCATION -> new Location(surface, start, end, confidence, place.locatedIn(), canonical, id);
        case NATIONALITY -> new Nationality(surface, start, end, confidence, place.country().alpha2(), place.country().name());
        case GROUP -> new Group(surface, start, end, confidence);
        case DATE -> new Date(surface, start, end, confidence, time.value(), time.relative(), time.rangeEnd());
        case DURATION -> new Duration(surface, start, end, confidence, time.value());
      };
    }
  }
}
