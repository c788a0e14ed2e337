package org.nerkit.train.lexicon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Converts the two token-level {@code PrefixTree} gazetteers into {@code phrase TAB type[,type...]}.
 *
 * <p>Both sources are xz-compressed, Java-serialized {@code PrefixTree<String, V>} objects: a trie
 * whose {@code PrefixNode} extends {@code HashMap<String, PrefixNode>} (edge label = one token) and
 * carries an optional value. A phrase is the sequence of edge labels from the root to a node with
 * a value. The value is
 * <ul>
 *   <li>ClearNLP: {@code NERInfoSet} (a {@code Set<String>} of categories plus an unused count);</li>
 *   <li>NLP4J: a {@code TreeSet<String>} of list ids.</li>
 * </ul>
 * Output phrases are the tokens joined by one space, in the source's own normalization: ClearNLP
 * phrases are lower-cased and "simplified", NLP4J phrases cased and "simplified" (the forms of
 * {@link org.nerkit.lexicon.LexiconKeys}). Types are the readable names of {@link GazetteerTypes}, sorted, comma-separated.
 * Lines are sorted by phrase. A second file {@code NAME.types.tsv} lists
 * {@code id TAB name TAB phrases TAB phrases_with_only_this_type TAB description} (the member
 * DBpedia classes, or the NLP4J source list).
 */
public final class GazetteerConverter {

  /** Which of the two gazetteers is converted. */
  public enum Flavor {
    DBPEDIA(Sources.DBPEDIA_GAZETTEER, GazetteerTypes.DBPEDIA),
    NLP4J(Sources.NLP4J_GAZETTEER, GazetteerTypes.NLP4J);

    final Sources.MavenEntry source;
    final List<String> typeNames;

    Flavor(Sources.MavenEntry source, List<String> typeNames) {
      this.source = source;
      this.typeNames = typeNames;
    }
  }

  private GazetteerConverter() {}

  public static void convert(Flavor flavor, Path lexica, Path output, Path typesOutput, Stats stats)
      throws IOException {
    long t0 = System.nanoTime();
    stats.put("source", flavor.source.toString());
    Object tree = SerializedLexicon.read(lexica, flavor.source, Object.class);
    stats.put("read_seconds", Stats.seconds(t0));

    Map<String, Set<String>> phrases = new TreeMap<>();
    Walker walker = flavor == Flavor.DBPEDIA ? new ClearNlpWalker(stats) : new Nlp4jWalker();
    walker.walk(tree, (tokens, ids) -> collect(tokens, ids, phrases, stats));
    stats.put("phrases_in_source", phrases.size());

    // Per-type statistics and the output.
    Map<String, Long> perType = new TreeMap<>(GazetteerConverter::compareIds);
    Map<String, Long> onlyType = new TreeMap<>(GazetteerConverter::compareIds);
    Map<String, Long> combos = new HashMap<>();
    Set<String> folded = new HashSet<>();
    int maxTokens = 0;
    long[] byLength = new long[8];
    try (TsvWriter w = new TsvWriter(output)) {
      for (Map.Entry<String, Set<String>> e : phrases.entrySet()) {
        String phrase = e.getKey();
        Set<String> ids = e.getValue();
        List<String> names = new ArrayList<>();
        for (String id : ids) {
          perType.merge(id, 1L, Long::sum);
          names.add(GazetteerTypes.name(flavor.typeNames, id));
        }
        if (ids.size() == 1) {
          onlyType.merge(ids.iterator().next(), 1L, Long::sum);
        }
        names.sort(null);
        String typeList = String.join(",", names);
        combos.merge(typeList, 1L, Long::sum);
        int n = phrase.split(" ", -1).length;
        maxTokens = Math.max(maxTokens, n);
        byLength[Math.min(n, byLength.length - 1)]++;
        if (!folded.add(phrase.toLowerCase(Locale.ROOT))) {
          stats.inc("phrases_sharing_lowercase_form_with_another");
        }
        if (!phrase.toLowerCase(Locale.ROOT).equals(phrase)) {
          stats.inc("phrases_with_uppercase");
        }
        if (phrase.chars().anyMatch(c -> c > 127)) {
          stats.inc("phrases_with_non_ascii");
        }
        if (phrase.chars().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD)) {
          stats.inc("phrases_with_control_or_replacement_char");
        }
        w.row(phrase, typeList);
      }
      stats.put("rows_written", w.rows());
      stats.put("rows_rejected_tab_or_newline", w.rejected());
      w.commit();
    }
    stats.put("tokens_per_phrase_max", maxTokens);
    for (int i = 1; i < byLength.length; i++) {
      stats.put("phrases_with_" + i + (i == byLength.length - 1 ? "+" : "") + "_tokens", byLength[i]);
    }
    stats.put("distinct_type_combinations", combos.size());
    combos.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(15)
        .forEach(e -> stats.put("combo[" + e.getKey() + "]", e.getValue()));

    try (TsvWriter w = new TsvWriter(typesOutput)) {
      for (Map.Entry<String, Long> e : perType.entrySet()) {
        String id = e.getKey();
        String name = GazetteerTypes.name(flavor.typeNames, id);
        String description = flavor == Flavor.DBPEDIA ? dbpediaClasses(id)
            : "list: " + GazetteerTypes.name(GazetteerTypes.NLP4J_SOURCES, id);
        w.row(id, name, Long.toString(e.getValue()), Long.toString(onlyType.getOrDefault(id, 0L)), description);
        stats.put("type[" + id + ":" + name + "]", e.getValue());
      }
      w.commit();
    }
    stats.put("total_seconds", Stats.seconds(t0));
  }

  private static int compareIds(String a, String b) {
    try {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  /** Adds one phrase; tokens that cannot be written unambiguously are counted and skipped. */
  private static void collect(List<String> tokens, Collection<String> ids, Map<String, Set<String>> phrases,
                Stats stats) {
    if (tokens.isEmpty()) {
      stats.inc("skipped_empty_phrase");
      return;
    }
    for (String t : tokens) {
      if (t.isEmpty()) {
        stats.inc("skipped_phrase_with_empty_token");
        return;
      }
      if (t.indexOf(' ') >= 0 || !TsvWriter.isValidField(t)) {
        // A space inside a token would be indistinguishable from a token boundary.
        stats.inc("skipped_phrase_with_space_tab_or_newline_in_token");
        return;
      }
    }
    if (ids == null || ids.isEmpty()) {
      stats.inc("skipped_phrase_without_type");
      return;
    }
    phrases.computeIfAbsent(String.join(" ", tokens), k -> new TreeSet<>(GazetteerConverter::compareIds))
        .addAll(ids);
  }

  /** Description column of the DBpedia types file: the member DBpedia classes of group {@code id}. */
  private static String dbpediaClasses(String id) {
    try {
      int i = Integer.parseInt(id);
      List<? extends Set<?>> groups = edu.emory.clir.clearnlp.ner.NERTag.DBPediaTypeList;
      if (i >= 0 && i < groups.size()) {
        List<String> names = new ArrayList<>();
        for (Object t : groups.get(i)) {
          names.add(t.toString());
        }
        names.sort(null);
        return "DBpedia: " + String.join(" ", names);
      }
    } catch (NumberFormatException e) {
      // unknown id
    }
    return "";
  }

  /** Receives each phrase of a trie. */
  @FunctionalInterface
  interface PhraseSink {
    void accept(List<String> tokens, Collection<String> ids);
  }

  /** Depth-first traversal of one of the two trie implementations. */
  private abstract static class Walker {

    abstract void walk(Object tree, PhraseSink sink);

    /** Generic DFS over a node that is a {@code Map<String, node>} with a value accessor. */
    static <N extends Map<String, N>> void dfs(N node, List<String> path, Function<N, Collection<String>> ids,
                         PhraseSink sink) {
      Collection<String> value = ids.apply(node);
      if (value != null) {
        sink.accept(path, value);
      }
      for (Map.Entry<String, N> child : node.entrySet()) {
        path.add(child.getKey());
        dfs(child.getValue(), path, ids, sink);
        path.remove(path.size() - 1);
      }
    }
  }

  /** ClearNLP: {@code PrefixTree<String, NERInfoSet>}. */
  private static final class ClearNlpWalker extends Walker {
    private final Stats stats;

    ClearNlpWalker(Stats stats) {
      this.stats = stats;
    }

    @Override
    @SuppressWarnings("unchecked")
    void walk(Object tree, PhraseSink sink) {
      var t = (edu.emory.clir.clearnlp.collection.tree.PrefixTree<String, edu.emory.clir.clearnlp.ner.NERInfoSet>) tree;
      dfs(t.getRoot(), new ArrayList<>(), node -> {
        edu.emory.clir.clearnlp.ner.NERInfoSet v = node.getValue();
        if (v == null) {
          return null;
        }
        if (v.getCorrectCount() != 0) {
          stats.inc("nerinfoset_with_nonzero_correct_count");
        }
        return v.getCategorySet();
      }, sink);
    }
  }

  /** NLP4J: {@code PrefixTree<String, Set<String>>}. */
  private static final class Nlp4jWalker extends Walker {
    @Override
    @SuppressWarnings("unchecked")
    void walk(Object tree, PhraseSink sink) {
      var t = (edu.emory.mathcs.nlp.common.collection.tree.PrefixTree<String, Set<String>>) tree;
      dfs(t.getRoot(), new ArrayList<>(), node -> node.getValue(), sink);
    }
  }
}
