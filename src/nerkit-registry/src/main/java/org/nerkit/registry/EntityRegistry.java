package org.nerkit.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.nerkit.Country;
import org.nerkit.EntityType;
import org.nerkit.Extraction;
import org.nerkit.NamedEntity;
import org.nerkit.ResolvedEntity;
import org.nerkit.resolve.DocumentResolver;
import org.nerkit.util.MentionText;

/**
 * Links the entities of a stream of documents to canonical entities that outlive each document:
 * the ingestion case, where "Muammar Gaddafi" in one article and "Moammar Qaddafi" in the next
 * should become one record.
 *
 * <p>Each document's {@link Extraction#resolvedEntities()} are linked in two passes. First by name:
 * the same canonical name or a known alias (a country by its ISO code, "NATO" once seen as an alias
 * of "North Atlantic Treaty Organization"). Then, for people still unlinked, by evidence: same
 * type, last names alike (Jaro-Winkler similarity of at least 0.9, or the same Double Metaphone
 * key), first names compatible (alike, or one an initial of the other), and at least one entity
 * in common with the candidate's earlier documents. A lone surname joins the one known person
 * with that last name who shares context. Every link carries its score and reason; anything
 * weaker starts a new entity, since a missed merge costs less than a wrong one.
 *
 * <p>Memory is bounded: at most {@code capacity} entities are kept; when a new one would exceed
 * it, the entity linked least recently is evicted (with its aliases and index entries). Each entity
 * keeps at most {@value #MAX_ALIASES} aliases, {@value #MAX_DOCUMENTS} document ids (the most
 * recent; {@code documentCount} counts them all) and {@value #MAX_CONTEXT} context entities.
 * Thread-safe: {@link #add} and {@link #snapshot} are synchronized.
 *
 * <p>A registry outlives the process with {@link #save} and {@link #load}: a versioned JSON Lines
 * snapshot of its whole state (README, "Registry snapshot"), so that a registry loaded and fed
 * the rest of a corpus links exactly as one that saw all of it.
 */
public final class EntityRegistry {
  public static final int DEFAULT_CAPACITY = 1_000_000;
  static final int MAX_ALIASES = 16;
  static final int MAX_DOCUMENTS = 32;
  static final int MAX_CONTEXT = 64;
  private static final double LAST_NAME_THRESHOLD = 0.9;
  private static final double FIRST_NAME_THRESHOLD = 0.85;

  /** How one document entity was linked: to which registry entity, how sure, and why. */
  public record Link(String entityId, String globalEntityId, double score, String reason, boolean created) {}

  /** A registry entity as the {@code --entities-out} file shows it. */
  public record RegisteredEntity(String entityId, EntityType type, String canonical, List<String> aliases, long mentions,
      long documentCount, List<String> documents) {}

  private static final class Entry {
    final String id;
    final EntityType type;
    String canonical;
    final LinkedHashSet<String> aliases = new LinkedHashSet<>();
    final LinkedHashSet<String> documents = new LinkedHashSet<>();
    final LinkedHashSet<String> context = new LinkedHashSet<>();
    final Set<String> indexKeys = new LinkedHashSet<>();
    long mentions;
    long documentCount;

    Entry(String id, EntityType type, String canonical) {
      this.id = id;
      this.type = type;
      this.canonical = canonical;
    }
  }

  private final int capacity;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  /** Index keys (type|name, type|alias, type|code, block keys) to the ids of entries. */
  private final Map<String, Set<String>> index = new HashMap<>();
  private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
  private final DoubleMetaphone metaphone = new DoubleMetaphone();
  private long nextId = 1;

  public EntityRegistry() {
    this(DEFAULT_CAPACITY);
  }

  public EntityRegistry(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  /** Links one document's entities, creating registry entities for new ones; one link per resolved entity. */
  public synchronized List<Link> add(String documentId, Extraction extraction) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(extraction, "extraction");
    List<ResolvedEntity> resolved = extraction.resolvedEntities();
    Link[] links = new Link[resolved.size()];
    Set<String> documentContext = new LinkedHashSet<>();
    // Pass 1: exact names and known aliases.
    for (int k = 0; k < resolved.size(); k++) {
      ResolvedEntity entity = resolved.get(k);
      for (String key : nameKeys(entity)) {
        Set<String> ids = index.get(key);
        if (ids != null && ids.size() == 1) {
          String id = ids.iterator().next();
          String reason = key.startsWith("code|") ? "same ISO code"
              : key.startsWith("initials|") ? "acronym of " + entries.get(id).canonical : "same name or known alias";
          links[k] = new Link(entity.entityId(), id, key.startsWith("initials|") ? 0.9 : 1.0, reason, false);
          documentContext.add(id);
          break;
        }
      }
    }
    // Pass 2: people by similar names and shared context; everything else becomes new.
    for (int k = 0; k < resolved.size(); k++) {
      if (links[k] != null) {
        continue;
      }
      ResolvedEntity entity = resolved.get(k);
      Link fuzzy = entity.type() == EntityType.PERSON ? similarPerson(entity, documentContext) : null;
      if (fuzzy == null) {
        Entry created = create(entity.type(), entity.canonical());
        fuzzy = new Link(entity.entityId(), created.id, 1.0, "new entity", true);
      }
      links[k] = fuzzy;
      documentContext.add(fuzzy.globalEntityId());
    }
    Set<String> counted = new HashSet<>();
    for (int k = 0; k < resolved.size(); k++) {
      Entry entry = entries.get(links[k].globalEntityId());
      if (entry != null) {
        record(entry, documentId, resolved.get(k), documentContext, counted.add(entry.id));
      }
    }
    evictIfNeeded();
    return List.of(links);
  }

  /** The registry's entities, most recently linked last. */
  public synchronized List<RegisteredEntity> snapshot() {
    List<RegisteredEntity> result = new ArrayList<>(entries.size());
    for (Entry e : entries.values()) {
      result.add(new RegisteredEntity(e.id, e.type, e.canonical, List.copyOf(e.aliases), e.mentions, e.documentCount,
          List.copyOf(e.documents)));
    }
    return result;
  }

  public synchronized int size() {
    return entries.size();
  }

  public int capacity() {
    return capacity;
  }

  /**
   * Writes this registry's snapshot to {@code file}, atomically: a crash or an error while saving
   * leaves the file as it was.
   */
  public void save(java.nio.file.Path file) throws java.io.IOException {
    org.nerkit.jsonl.AtomicFile.write(file, this::writeSnapshot);
  }

  /** Writes this registry's snapshot (header line, then one line per entity) to {@code out}. */
  public synchronized void writeSnapshot(java.io.Writer out) throws java.io.IOException {
    RegistrySnapshot.write(this, out);
  }

  /**
   * A registry restored from the snapshot in {@code file}. More entities than {@code capacity}:
   * the least recently linked are evicted.
   *
   * @throws InvalidSnapshotException if the file is not a snapshot this version
   *     reads, or a line of it is damaged; the message names the line
   */
  public static EntityRegistry load(java.nio.file.Path file, int capacity) throws java.io.IOException {
    try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
      return RegistrySnapshot.read(in, file.toString(), capacity);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidSnapshotException(file + ": not UTF-8 text, not a registry snapshot");
    }
  }

  /** The whole state of one entity, as a snapshot keeps it. */
  record EntityState(String id, EntityType type, String canonical, List<String> aliases, long mentions,
      long documentCount, List<String> documents, List<String> context, List<String> keys) {}

  /** The number the next new entity's id gets. */
  long nextIdNumber() {
    return nextId;
  }

  /** Every entity's state, least recently linked first: the order eviction follows. */
  List<EntityState> states() {
    List<EntityState> result = new ArrayList<>(entries.size());
    for (Entry e : entries.values()) {
      result.add(new EntityState(e.id, e.type, e.canonical, List.copyOf(e.aliases), e.mentions, e.documentCount,
          List.copyOf(e.documents), List.copyOf(e.context), List.copyOf(e.indexKeys)));
    }
    return result;
  }

  /** A registry with exactly the given state; {@code states} least recently linked first. */
  static EntityRegistry restore(int capacity, long nextId, List<EntityState> states) {
    EntityRegistry registry = new EntityRegistry(capacity);
    registry.nextId = nextId;
    Map<String, Entry> byId = new HashMap<>(); // entries.get would count as a use and reorder them
    for (EntityState state : states) {
      Entry entry = new Entry(state.id(), state.type(), state.canonical());
      entry.aliases.addAll(state.aliases());
      entry.documents.addAll(state.documents());
      entry.context.addAll(state.context());
      entry.mentions = state.mentions();
      entry.documentCount = state.documentCount();
      if (byId.put(entry.id, entry) != null) {
        throw new IllegalArgumentException("entity " + entry.id + " appears twice");
      }
      registry.entries.put(entry.id, entry);
    }
    // The index lists an entity under each of its keys in the order the entities were created,
    // which is the order of their id numbers; similarPerson meets candidates in that order.
    List<EntityState> byCreation = new ArrayList<>(states);
    byCreation.sort(java.util.Comparator.comparingLong(state -> idNumber(state.id())));
    for (EntityState state : byCreation) {
      Entry entry = byId.get(state.id());
      for (String key : state.keys()) {
        registry.index(entry, key);
      }
    }
    registry.evictIfNeeded();
    return registry;
  }

  /** The number in an id "g42"; -1 if it is not of that form. */
  static long idNumber(String id) {
    if (id.length() < 2 || id.charAt(0) != 'g') {
      return -1;
    }
    try {
      long n = Long.parseLong(id.substring(1));
      return n > 0 && id.equals("g" + n) ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private Link similarPerson(ResolvedEntity entity, Set<String> documentContext) {
    String[] words = MentionText.fold(entity.canonical()).split(" ");
    String last = words[words.length - 1];
    String first = words.length > 1 ? words[0] : null;
    Set<String> candidates = new LinkedHashSet<>();
    for (String block : blockKeys(EntityType.PERSON, last)) {
      candidates.addAll(index.getOrDefault(block, Set.of()));
    }
    Link best = null;
    int bestCount = 0;
    for (String id : candidates) {
      Entry candidate = entries.get(id);
      if (candidate == null || candidate.type != EntityType.PERSON) {
        continue;
      }
      String[] theirs = MentionText.fold(candidate.canonical).split(" ");
      String theirLast = theirs[theirs.length - 1];
      String theirFirst = theirs.length > 1 ? theirs[0] : null;
      double lastSimilarity = similarity(last, theirLast);
      if (lastSimilarity < LAST_NAME_THRESHOLD || genderedForms(last, theirLast)) {
        continue;
      }
      Set<String> shared = new LinkedHashSet<>(candidate.context);
      shared.retainAll(documentContext);
      if (shared.isEmpty()) {
        continue; // alike names without a common subject are not evidence enough
      }
      double firstSimilarity;
      String reason;
      if (first == null || theirFirst == null) {
        firstSimilarity = 0.5;
        reason = "surname " + last + " ~ " + candidate.canonical;
      } else {
        firstSimilarity = firstNamesCompatible(first, theirFirst);
        if (firstSimilarity < FIRST_NAME_THRESHOLD) {
          continue;
        }
        reason = "names " + entity.canonical() + " ~ " + candidate.canonical;
      }
      double score = 0.6 * lastSimilarity + 0.3 * firstSimilarity + 0.1 * Math.min(1.0, shared.size() / 3.0);
      bestCount++;
      if (best == null || score > best.score()) {
        best = new Link(entity.entityId(), candidate.id, Math.round(score * 1000) / 1000.0,
            String.format(Locale.ROOT, "%s (last names %.2f alike), shared context: %s", reason, lastSimilarity,
                String.join(", ", canonicalNames(shared))), false);
      }
    }
    if (best != null && bestCount > 1 && (first == null)) {
      return null; // a lone surname that fits several people stays apart
    }
    return best;
  }

  /** Jaro-Winkler on the written forms, or a near-match when the Double Metaphone keys agree. */
  private double similarity(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    double jw = jaroWinkler.apply(x, y);
    boolean soundAlike = !x.isEmpty() && !y.isEmpty() && metaphone.isDoubleMetaphoneEqual(x, y) && Math.abs(x.length() - y.length()) <= 3;
    return Math.max(jw, soundAlike ? 0.95 : 0.0);
  }

  /**
   * "Ivanov"/"Ivanova", "Alexander"/"Alexandra": the masculine and feminine forms of one name
   * are alike letter by letter but name different people.
   */
  private boolean genderedForms(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.endsWith("a") == y.endsWith("a")) {
      return false;
    }
    String stemX = x.endsWith("a") ? x.substring(0, x.length() - 1) : x;
    String stemY = y.endsWith("a") ? y.substring(0, y.length() - 1) : y;
    return stemX.equals(stemY) || jaroWinkler.apply(stemX, stemY) >= 0.95;
  }

  private double firstNamesCompatible(String a, String b) {
    String x = a.replace(".", "");
    String y = b.replace(".", "");
    if (genderedForms(x, y)) {
      return 0.0;
    }
    if (x.length() == 1 || y.length() == 1) {
      return Character.toLowerCase(x.charAt(0)) == Character.toLowerCase(y.charAt(0)) ? 0.9 : 0.0;
    }
    return similarity(x, y);
  }

  private List<String> canonicalNames(Set<String> ids) {
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      Entry e = entries.get(id);
      if (e != null && names.size() < 3) {
        names.add(e.canonical);
      }
    }
    return names;
  }

  /** Keys that identify an entity exactly: its country code, its canonical name, its mentions' names. */
  private static List<String> nameKeys(ResolvedEntity entity) {
    List<String> keys = new ArrayList<>();
    if (entity.type() == EntityType.COUNTRY && entity.mentions().get(0) instanceof Country c) {
      keys.add("code|" + c.countryCode());
      return keys;
    }
    keys.add(nameKey(entity.type(), entity.canonical()));
    if (entity.type() == EntityType.ORGANIZATION && DocumentResolver.isAcronym(MentionText.fold(entity.canonical()))) {
      keys.add(initialsKey(MentionText.fold(entity.canonical()).replace(".", "")));
    }
    for (NamedEntity mention : entity.mentions()) {
      String key = nameKey(entity.type(), mention.text());
      if (!keys.contains(key) && !(entity.type() == EntityType.PERSON && !mention.text().strip().contains(" "))) {
        keys.add(key); // a lone surname is never an exact key: it could be anyone's
      }
    }
    return keys;
  }

  /** Lower-case folded name; organisations also spelling-folded ("Organisation" = "Organization"). */
  private static String initialsKey(String letters) {
    return "initials|" + letters.toUpperCase(Locale.ROOT);
  }

  private static String nameKey(EntityType type, String name) {
    String folded = MentionText.fold(name);
    return "name|" + type + "|" + (type == EntityType.ORGANIZATION ? DocumentResolver.spellingKey(folded) : folded.toLowerCase(Locale.ROOT));
  }

  private List<String> blockKeys(EntityType type, String lastName) {
    String lower = lastName.toLowerCase(Locale.ROOT);
    List<String> keys = new ArrayList<>(2);
    if (!lower.isEmpty()) {
      keys.add("block|" + type + "|" + lower.charAt(0));
      String code = metaphone.doubleMetaphone(lower);
      if (code != null && !code.isEmpty()) {
        keys.add("sound|" + type + "|" + code);
      }
    }
    return keys;
  }

  private Entry create(EntityType type, String canonical) {
    Entry entry = new Entry("g" + nextId++, type, MentionText.fold(canonical));
    entries.put(entry.id, entry);
    if (type == EntityType.PERSON) {
      String[] words = entry.canonical.split(" ");
      for (String key : blockKeys(type, words[words.length - 1])) {
        index(entry, key);
      }
    }
    return entry;
  }

  private void record(Entry entry, String documentId, ResolvedEntity entity, Set<String> documentContext, boolean newDocument) {
    entry.mentions += entity.mentions().size();
    if (newDocument) {
      entry.documentCount++;
      entry.documents.remove(documentId); // keep the most recent ids, in order
      entry.documents.add(documentId);
      trim(entry.documents, MAX_DOCUMENTS);
    }
    if (entity.canonical().length() > entry.canonical.length() && entity.type() != EntityType.COUNTRY) {
      entry.canonical = MentionText.fold(entity.canonical()); // the fullest form seen so far
    }
    for (String key : nameKeys(entity)) {
      index(entry, key);
    }
    if (entity.type() == EntityType.ORGANIZATION && !DocumentResolver.isAcronym(entry.canonical)) {
      index(entry, initialsKey(DocumentResolver.initials(entry.canonical))); // "IAEA" may come later, undefined
    }
    for (NamedEntity mention : entity.mentions()) {
      if (entry.aliases.size() < MAX_ALIASES) {
        entry.aliases.add(MentionText.fold(mention.text()));
      }
    }
    for (String id : documentContext) {
      if (!id.equals(entry.id)) {
        entry.context.remove(id);
        entry.context.add(id);
      }
    }
    trim(entry.context, MAX_CONTEXT);
  }

  private void index(Entry entry, String key) {
    if (entry.indexKeys.size() < 4 * MAX_ALIASES && entry.indexKeys.add(key)) {
      index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry.id);
    }
  }

  private void evictIfNeeded() {
    Iterator<Entry> oldest = entries.values().iterator();
    while (entries.size() > capacity && oldest.hasNext()) {
      Entry victim = oldest.next();
      oldest.remove();
      for (String key : victim.indexKeys) {
        Set<String> ids = index.get(key);
        if (ids != null) {
          ids.remove(victim.id);
          if (ids.isEmpty()) {
            index.remove(key);
          }
        }
      }
    }
  }

  private static void trim(LinkedHashSet<String> set, int max) {
    Iterator<String> it = set.iterator();
    while (set.size() > max && it.hasNext()) {
      it.next();
      it.remove();
    }
  }
}
