/**
 * nerkit: people, organisations, countries, nationalities, places and dates from English text,
 * as typed Java records. The API is the package {@code org.nerkit}; start with
 * {@link org.nerkit.EntityExtractor}. The pipeline's packages are internal: they are exported only
 * to nerkit's own tools (the registry, the training tools, the benchmarks), and to OpenNLP, which
 * instantiates the model resources nerkit defines.
 */
module org.nerkit {
  requires org.apache.opennlp.tools;

  exports org.nerkit;

  exports org.nerkit.document to org.nerkit.train, org.nerkit.benchmarks;
  exports org.nerkit.tokenize to org.nerkit.train, org.nerkit.benchmarks;
  exports org.nerkit.lexicon to org.nerkit.train;
  exports org.nerkit.recognize to org.nerkit.train, org.nerkit.benchmarks, org.apache.opennlp.tools;
  exports org.nerkit.resolve to org.nerkit.registry;
  exports org.nerkit.util to org.nerkit.registry;
}
