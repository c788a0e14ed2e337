package org.nerkit.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.nerkit.lexicon.PhraseTable;

/**
 * nerkit's own name-finder features, the same in training and decoding (one class builds them
 * for both): OpenNLP's window, shape, affix, bigram and previous-map features, each once, plus
 * what a model's lexicons say of a token: its word classes (Brown cluster paths, embedding
 * clusters) and its neighbours', its position in the longest gazetteer match of each type,
 * whether it is a known given name, whether a title ("Prime Minister", "striker") comes before
 * it. A feature descriptor ({@link FeatureDescriptor}) in the model says which.
 *
 * <p>Why lexicons: a linear model knows only the words of its training text; word classes and
 * name lists learned from far larger text tell it that an unseen "Kallas" is used like names
 * it has seen and that "Netflix" is a company (Ratinov and Roth, 2009; ixa-pipe-nerc).
 *
 * <p>The features that depend on the outcomes decoded so far ({@code po=}, {@code pow=},
 * {@code powf=}, {@code ppo=}) come last, so {@link MaxentBeamDecoder} sums the others once per
 * token. One instance per decoder: it holds the document's previous-map data.
 */
final class NameFeatures implements NameContextGenerator {
  private static final String TITLE_BEFORE = "ttl-1";
  private static final String TITLE_INSIDE = "ttl";

  private final NameFeatureSet set;
  private final Map<String, String> previousOutcomes = new HashMap<>();

  private String[] cachedTokens;
  private String[] lower;
  private String[] shape;
  private String[][] shared;
  /** Per word-class lexicon, per token of the sentence: its class, or -1. */
  private int[][] classes;
  /** Per token: its gazetteer features. */
  private List<String>[] gazetteerFeatures;
  private int[] firstNameClass;
  private int longestCoveredUntil;
  /** The document so far: per word in lower case, how often each entity type was its outcome. */
  private final Map<String, int[]> labelHistory = new HashMap<>();
  /** The entity types the outcomes name, in the order of {@link #labelHistory}'s counts; grown as met. */
  private final List<String> historyTypes = new ArrayList<>();
  /** Per token: 1 inside a title, 2 right after one, 0 otherwise. */
  private byte[] titles;

  NameFeatures(NameFeatureSet set) {
    this.set = set;
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] priorDecisions, Object[] additionalContext) {
    if (tokens != cachedTokens) {
      startSentence(tokens);
    }
    String[] common = shared[index];
    if (common == null) {
      common = sharedFeatures(index, tokens);
      shared[index] = common;
    }
    return PriorOutcomeFeatures.appendTo(common, index, tokens, shape, priorDecisions);
  }

  @SuppressWarnings("unchecked")
  private void startSentence(String[] tokens) {
    cachedTokens = tokens;
    int n = tokens.length;
    lower = new String[n];
    shape = new String[n];
    for (int k = 0; k < n; k++) {
      lower[k] = StringUtil.toLowerCase(tokens[k]);
      shape[k] = FeatureGeneratorUtil.tokenFeature(tokens[k]);
    }
    shared = new String[n][];
    classes = new int[set.wordClasses.size()][n];
    for (int c = 0; c < classes.length; c++) {
      NameFeatureSet.ClassFeatures lexicon = set.wordClasses.get(c);
      for (int k = 0; k < n; k++) {
        classes[c][k] = lexicon.classOf(tokens[k]);
      }
    }
    gazetteerFeatures = new List[n];
    if (set.gazetteer != null) {
      markGazetteerMatches(tokens);
    }
    firstNameClass = new int[n];
    Arrays.fill(firstNameClass, -1);
    if (set.firstNames != null) {
      for (int k = 0; k < n; k++) {
        if (startsUpperCase(tokens[k])) {
          firstNameClass[k] = set.firstNames.classOf(lower[k]);
        }
      }
    }
    titles = new byte[n];
    if (set.titles != null) {
      markTitles(tokens);
    }
  }

  /**
   * For each gazetteer type, its longest matches from left to right, each starting at a
   * capitalized token: every token of a match gets the type's feature for its position in it.
   */
  private void markGazetteerMatches(String[] tokens) {
    PhraseTable gazetteer = set.gazetteer;
    int types = gazetteer.typeCount();
    int[] coveredUntil = new int[types];
    int[] longest = new int[types];
    longestCoveredUntil = 0;
    String[] keys = new String[tokens.length];
    for (int start = 0; start < tokens.length; start++) {
      if (!startsUpperCaseOrDigit(tokens[start])) {
        continue;
      }
      Arrays.fill(longest, 0);
      long state = PhraseTable.start();
      int found = 0;
      for (int length = 1; length <= gazetteer.maxTokens() && start + length <= tokens.length; length++) {
        int t = start + length - 1;
        if (keys[t] == null) {
          keys[t] = set.gazetteerKey(tokens[t]);
        }
        state = PhraseTable.extend(state, keys[t], length == 1);
        int mask = gazetteer.typesOf(state);
        while (mask != 0) {
          int type = Integer.numberOfTrailingZeros(mask);
          longest[type] = length;
          found |= 1 << type;
          mask &= mask - 1;
        }
      }
      if (set.descriptor.gazetteerLongest()) {
        markLongestMatch(start, longest, found);
      }
      while (found != 0) {
        int type = Integer.numberOfTrailingZeros(found);
        found &= found - 1;
        if (start < coveredUntil[type]) {
          continue;
        }
        int length = longest[type];
        coveredUntil[type] = start + length;
        for (int k = 0; k < length; k++) {
          int position = length == 1 ? 3 : k == 0 ? 0 : k == length - 1 ? 2 : 1;
          if (gazetteerFeatures[start + k] == null) {
            gazetteerFeatures[start + k] = new ArrayList<>(2);
          }
          gazetteerFeatures[start + k].add(set.gazetteerFeatures[type][position]);
        }
      }
    }
  }

  /**
   * The types of the longest match starting here, whatever its type, each token with its
   * position: where "Kansas City Chiefs" (an organisation) is longer than "Kansas City" (a
   * place), the longer one is the one that tells.
   */
  private void markLongestMatch(int start, int[] longest, int found) {
    int length = 0;
    for (int types = found; types != 0; types &= types - 1) {
      length = Math.max(length, longest[Integer.numberOfTrailingZeros(types)]);
    }
    if (length == 0 || start < longestCoveredUntil) {
      return;
    }
    longestCoveredUntil = start + length;
    for (int types = found; types != 0; types &= types - 1) {
      int type = Integer.numberOfTrailingZeros(types);
      if (longest[type] != length) {
        continue;
      }
      for (int k = 0; k < length; k++) {
        int position = length == 1 ? 3 : k == 0 ? 0 : k == length - 1 ? 2 : 1;
        if (gazetteerFeatures[start + k] == null) {
          gazetteerFeatures[start + k] = new ArrayList<>(2);
        }
        gazetteerFeatures[start + k].add(set.longestMatchFeatures[type][position]);
      }
    }
  }

  /** Tokens inside a title ("chief executive") and the token right after one. */
  private void markTitles(String[] tokens) {
    PhraseTable table = set.titles;
    int start = 0;
    while (start < tokens.length) {
      long state = PhraseTable.start();
      int longest = 0;
      for (int length = 1; length <= table.maxTokens() && start + length <= tokens.length; length++) {
        state = PhraseTable.extend(state, NameFeatureSet.titleKey(tokens[start + length - 1]), length == 1);
        if (table.typesOf(state) != 0) {
          longest = length;
        }
      }
      if (longest == 0) {
        start++;
        continue;
      }
      for (int k = start; k < start + longest; k++) {
        titles[k] = 1;
      }
      if (start + longest < tokens.length) {
        titles[start + longest] = 2;
      }
      start += longest;
    }
  }

  private static boolean startsUpperCase(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }

  private static boolean startsUpperCaseOrDigit(String token) {
    return !token.isEmpty() && (Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0)));
  }

  private String[] sharedFeatures(int index, String[] tokens) {
    FeatureDescriptor d = set.descriptor;
    String token = tokens[index];
    List<String> f = new ArrayList<>(64);
    f.add("w=" + lower[index]);
    for (int k = 1; k <= d.wordWindow(); k++) {
      if (index - k >= 0) {
        f.add("p" + k + "w=" + lower[index - k]);
      }
      if (index + k < tokens.length) {
        f.add("n" + k + "w=" + lower[index + k]);
      }
    }
    f.add("wc=" + shape[index]);
    f.add("w&c=" + lower[index] + "," + shape[index]);
    for (int k = 1; k <= d.classWindow(); k++) {
      if (index - k >= 0) {
        f.add("p" + k + "wc=" + shape[index - k]);
        f.add("p" + k + "w&c=" + lower[index - k] + "," + shape[index - k]);
      }
      if (index + k < tokens.length) {
        f.add("n" + k + "wc=" + shape[index + k]);
        f.add("n" + k + "w&c=" + lower[index + k] + "," + shape[index + k]);
      }
    }
    int affixes = Math.min(d.affixes(), token.length());
    for (int k = 0; k < affixes; k++) {
      f.add("pre=" + token.substring(0, k + 1));
      f.add("suf=" + token.substring(token.length() - 1 - k));
    }
    f.add("def");
    if (d.previousMap()) {
      f.add("pd=" + previousOutcomes.get(token));
    }
    if (d.bigrams()) {
      if (index > 0) {
        f.add("pw,w=" + tokens[index - 1] + "," + token);
        f.add("pwc,wc=" + shape[index - 1] + "," + shape[index]);
      }
      if (index + 1 < tokens.length) {
        f.add("w,nw=" + token + "," + tokens[index + 1]);
        f.add("wc,nc=" + shape[index] + "," + shape[index + 1]);
      }
    }
    if (d.sentenceBegin() && index == 0) {
      f.add("S=begin");
    }
    for (int c = 0; c < classes.length; c++) {
      NameFeatureSet.ClassFeatures lexicon = set.wordClasses.get(c);
      int id = classes[c][index];
      if (id >= 0) {
        f.addAll(Arrays.asList(lexicon.current[id]));
      } else {
        f.add(lexicon.spec.name() + "=none");
      }
      if (lexicon.spec.window() > 0) {
        if (index > 0 && classes[c][index - 1] >= 0) {
          f.addAll(Arrays.asList(lexicon.previous[classes[c][index - 1]]));
        }
        if (index + 1 < tokens.length && classes[c][index + 1] >= 0) {
          f.addAll(Arrays.asList(lexicon.next[classes[c][index + 1]]));
        }
      }
    }
    if (gazetteerFeatures[index] != null) {
      f.addAll(gazetteerFeatures[index]);
    }
    if (firstNameClass[index] >= 0) {
      f.add(set.firstNameFeatures[firstNameClass[index]]);
    }
    if (index > 0 && firstNameClass[index - 1] >= 0 && startsUpperCase(token)) {
      f.add(set.previousFirstNameFeatures[firstNameClass[index - 1]]);
    }
    if (titles[index] == 1) {
      f.add(TITLE_INSIDE);
    } else if (titles[index] == 2) {
      f.add(TITLE_BEFORE);
    }
    if (d.labelHistory()) {
      f.add("lh=" + mostFrequentType(lower[index]));
    }
    return f.toArray(new String[0]);
  }

  /** The entity type the word got most often earlier in the document ("none" when never), ties to the earliest met. */
  private String mostFrequentType(String lowerWord) {
    int[] counts = labelHistory.get(lowerWord);
    if (counts == null) {
      return "none";
    }
    int best = -1;
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0 && (best < 0 || counts[k] > counts[best])) {
        best = k;
      }
    }
    return best < 0 ? "none" : historyTypes.get(best);
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    if (tokens != null && outcomes != null) {
      for (int k = 0; k < tokens.length; k++) {
        previousOutcomes.put(tokens[k], outcomes[k]);
        if (set.descriptor.labelHistory()) {
          countOutcome(StringUtil.toLowerCase(tokens[k]), outcomes[k]);
        }
      }
    }
    cachedTokens = null; // the previous-map features of a re-decoded sentence would change
  }

  /** Counts the outcome's entity type ("ORG" of "ORG-start") for the word; "other" counts as "O". */
  private void countOutcome(String lowerWord, String outcome) {
    int dash = outcome.lastIndexOf('-');
    String type = dash > 0 ? outcome.substring(0, dash) : "O";
    int index = historyTypes.indexOf(type);
    if (index < 0) {
      index = historyTypes.size();
      historyTypes.add(type);
    }
    int[] counts = labelHistory.get(lowerWord);
    if (counts == null || counts.length <= index) {
      counts = counts == null ? new int[index + 1] : Arrays.copyOf(counts, index + 1);
      labelHistory.put(lowerWord, counts);
    }
    counts[index]++;
  }

  @Override
  public void clearAdaptiveData() {
    previousOutcomes.clear();
    labelHistory.clear();
    cachedTokens = null;
  }

  /**
   * Ignored: OpenNLP's training event stream adds a generator of the samples' additional
   * context, which nerkit's samples never have (it would add no feature); every other feature
   * is set by the model's descriptor.
   */
  @Override
  public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
    // nothing: see above
  }
}
