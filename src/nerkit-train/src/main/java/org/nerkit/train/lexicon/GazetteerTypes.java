package org.nerkit.train.lexicon;

import java.util.List;

/**
 * Readable names for the numeric type ids stored in the two PrefixTree gazetteers.
 *
 * <p><b>ClearNLP DBpedia gazetteer.</b> Its values are {@code NERInfoSet}s whose categories are
 * the strings "0" to "11": the index of a group of DBpedia ontology classes in
 * {@code edu.emory.clir.clearnlp.ner.NERTag.DBPediaTypeList} (clearnlp 3.1.2). The groups follow
 * the OntoNotes entity types, hence the names below; the member classes are read from
 * {@code NERTag} at conversion time and written to {@code gazetteer-dbpedia.types.tsv}.
 *
 * <p><b>NLP4J gazetteers.</b> Values are {@code Set<String>} of ids "0" to "15". The 1.1.3 jars
 * ship no table for them; the ids are the positions of the sixteen source lists in NLP4J's
 * builder {@code edu.emory.mathcs.nlp.bin.NERPrefixTreeExtract} (NLP4J source repository, not part
 * of the released jars): known_corporations, known_countries, known_currencies, known_jobs,
 * known_names, known_nationalities, known_places, known_states, WikiArtWork,
 * WikiCompetitionsBattlesEvents, WikiFilms, WikiLocations, WikiManMadeObjectNames,
 * WikiOrganizations, WikiPeople, WikiSongs. These are the list names of the Illinois NER
 * gazetteers (Ratinov and Roth 2009); the contents of each id agree with its list name.
 */
public final class GazetteerTypes {

  private GazetteerTypes() {}

  /** Names of ClearNLP DBpedia type groups, by id. */
  public static final List<String> DBPEDIA = List.of(
      "person",         // 0  Person, PersonFunction, Name, Mayor
      "norp",           // 1  EthnicGroup, PoliticalParty, ReligiousOrganisation, Legislature, ...
      "facility",       // 2  ArchitecturalStructure, Park, Monument, Cemetery, SportFacility, ...
      "organisation",   // 3  Company, EducationalInstitution, SportsTeam, GovernmentAgency, ...
      "gpe",            // 4  Settlement, Country, State
      "location",       // 5  NaturalPlace, Region, Island, Continent, Territory, Street, ...
      "product",        // 6  Automobile, Aircraft, Ship, Device, Drug, Food, ...
      "event",          // 7  SocietalEvent, Competition, NaturalEvent
      "work_of_art",    // 8  Film, WrittenWork, MusicalWork, TelevisionShow, Artwork, ...
      "language",       // 9  Language
      "time_period",    // 10 TimePeriod
      "currency");      // 11 Currency

  /** Names of the NLP4J gazetteer lists, by id (see class comment). */
  public static final List<String> NLP4J = List.of(
      "company",        // 0  known_corporations: "Bank of America Corp.", "KKR"
      "country",        // 1  known_countries: country names, always with other lists
      "currency",       // 2  known_currencies: currency names and ISO codes
      "job_title",      // 3  known_jobs: "Envoy", "Warrant Officer"
      "name_part",      // 4  known_names: single first or last names
      "nationality",    // 5  known_nationalities: "Burmese", also country names
      "place",          // 6  known_places: noisy, e.g. "Kazakhstan.", "U.k.."
      "us_state_abbrev",// 7  known_states: "N.Y", "Tenn", "Penna"
      "art_work",       // 8  WikiArtWork: mostly books
      "event",          // 9  WikiCompetitionsBattlesEvents
      "film",           // 10 WikiFilms (and TV)
      "location",       // 11 WikiLocations
      "product",        // 12 WikiManMadeObjectNames: ships, aircraft, weapons
      "organization",   // 13 WikiOrganizations
      "person",         // 14 WikiPeople
      "song");          // 15 WikiSongs (songs and albums)

  /** Source list of each NLP4J id (file names in NLP4J's builder). */
  public static final List<String> NLP4J_SOURCES = List.of("known_corporations", "known_countries",
      "known_currencies", "known_jobs", "known_names", "known_nationalities", "known_places", "known_states",
      "WikiArtWork", "WikiCompetitionsBattlesEvents", "WikiFilms", "WikiLocations", "WikiManMadeObjectNames",
      "WikiOrganizations", "WikiPeople", "WikiSongs");

  /** Maps id strings to names; unknown ids are kept as {@code type<ID>}. */
  static String name(List<String> table, String id) {
    try {
      int i = Integer.parseInt(id);
      if (i >= 0 && i < table.size()) {
        return table.get(i);
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    return "type" + id;
  }
}
