package org.nerkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nerkit.dates.Dates;
import org.nerkit.dates.DocumentDate;
import org.nerkit.pipeline.Pipeline;
import org.nerkit.places.Places;
import org.nerkit.recognize.LabelPriors;
import org.nerkit.recognize.NameRecognizer;
import org.nerkit.recognize.Recognition;
import org.nerkit.resolve.DocumentResolver;
import org.nerkit.tokenize.Tokenization;

/**
 * Extracts people, organisations, countries, nationalities, other places and dates from English
 * text. Build one, share it: models load once in the constructor and {@link #extract} is
 * thread-safe, holding no state between calls.
 *
 * <pre>{@code
 * EntityExtractor extractor = EntityExtractor.english();
 * Extraction result = extractor.extract(text, LocalDate.of(2021, 9, 16));
 * for (Entity e : result.entities()) { ... }
 * }</pre>
 *
 * The pipeline: sentences (OpenNLP), tokens (OntoNotes conventions), recognition (a name finder
 * trained on OntoNotes 5.0), places and dates, resolution of aliases.
 */
public final class EntityExtractor {
  /**
   * Class-path location of the bundled name finder, in the nerkit-models-en jar (another module
   * on the module path, so looked up by class loader, not by class).
   */
  static final String BUNDLED_NAME_MODEL = "org/nerkit/models/nerkit-en-ner.bin";
  /** The label priors tuned for the bundled model (see {@link LabelPriors}), stored beside it. */
  static final String BUNDLED_LABEL_PRIORS = "org/nerkit/models/nerkit-en-ner.priors.properties";

  private final Pipeline pipeline;
  private final DocumentDate documentDate;
  private final Set<EntityType> types;

  private EntityExtractor(Builder builder) {
    Tokenization tokenization;
    try {
      tokenization = Tokenization.english();
    } catch (IOException e) {
      throw new ModelLoadException(e.getMessage(), e);
    }
    Recognition recognition = new Recognition(loadRecognizer(builder.nameModel, builder.labelPriors));
    this.types = Set.copyOf(builder.types);
    this.pipeline = new Pipeline(tokenization, recognition, new Places(), new Dates(),
        new DocumentResolver(), types, builder.minConfidence);
    this.documentDate = new DocumentDate();
  }

  /** An extractor with the bundled English models and default options (every type, any confidence). */
  public static EntityExtractor english() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts without a reference date given: relative dates ("yesterday") are resolved against
   * the document's own date when it states one at the top (a {@code date YYYY-MM-DD} header, a
   * dateline or byline), else they keep an unresolved value. The clock is never read.
   * {@link Extraction#referenceDateSource()} says which it was.
   */
  public Extraction extract(String text) {
    Objects.requireNonNull(text, "text must not be null");
    Optional<DocumentDate.Found> own = documentDate.find(text);
    if (own.isEmpty()) {
      return pipeline.extract(text, null, Extraction.ReferenceDateSource.NONE);
    }
    return pipeline.extract(text, own.get().date(), own.get().source() == DocumentDate.Source.HEADER
        ? Extraction.ReferenceDateSource.DOCUMENT_HEADER : Extraction.ReferenceDateSource.DOCUMENT_DATELINE);
  }

  /**
   * Extracts, resolving relative dates ("on Wednesday", "a month ago") against
   * {@code referenceDate}, usually the document's publication date.
   */
  public Extraction extract(String text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(referenceDate, "referenceDate must not be null; call extract(text) when there is none");
    return pipeline.extract(text, referenceDate, Extraction.ReferenceDateSource.GIVEN);
  }

  /** The entity types this extractor returns. */
  public Set<EntityType> types() {
    return types;
  }

  private static NameRecognizer loadRecognizer(Path modelFile, LabelPriors givenPriors) {
    String source = modelFile == null ? "bundled model " + BUNDLED_NAME_MODEL : modelFile.toString();
    LabelPriors priors = givenPriors != null ? givenPriors
        : modelFile == null ? bundledLabelPriors() : LabelPriors.NONE;
    InputStream in;
    if (modelFile == null) {
      in = EntityExtractor.class.getClassLoader().getResourceAsStream(BUNDLED_NAME_MODEL);
      if (in == null) {
        throw new ModelLoadException("cannot load name finder model " + source + ": not on the class path", null);
      }
    } else {
      if (Files.isDirectory(modelFile)) {
        throw new ModelLoadException("cannot load name finder model " + source + ": it is a directory, not a model file", null);
      }
      if (!Files.exists(modelFile)) {
        throw new ModelLoadException("cannot load name finder model " + source + ": no such file", null);
      }
      try {
        in = Files.newInputStream(modelFile);
      } catch (IOException e) {
        throw new ModelLoadException("cannot load name finder model " + source + ": cannot read the file ("
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
      }
    }
    try {
      return NameRecognizer.load(in, source, priors);
    } catch (IOException e) {
      throw new ModelLoadException(e.getMessage(), e);
    }
  }

  private static LabelPriors bundledLabelPriors() {
    InputStream in = EntityExtractor.class.getClassLoader().getResourceAsStream(BUNDLED_LABEL_PRIORS);
    if (in == null) {
      throw new ModelLoadException("cannot load label priors " + BUNDLED_LABEL_PRIORS + ": not on the class path", null);
    }
    try {
      return LabelPriors.read(in, BUNDLED_LABEL_PRIORS);
    } catch (IOException e) {
      throw new ModelLoadException(e.getMessage(), e);
    }
  }

  /** Options for an extractor. Not thread-safe; the extractor it builds is. */
  public static final class Builder {
    private final EnumSet<EntityType> types = EnumSet.allOf(EntityType.class);
    private double minConfidence = 0.0;
    private Path nameModel;
    private LabelPriors labelPriors;

    private Builder() {}

    /** Return only these types (default: all). */
    public Builder types(Collection<EntityType> wanted) {
      Objects.requireNonNull(wanted, "types");
      for (EntityType type : wanted) {
        Objects.requireNonNull(type, "types must not contain null");
      }
      if (wanted.isEmpty()) {
        throw new IllegalArgumentException("types must name at least one EntityType");
      }
      types.clear();
      types.addAll(wanted);
      return this;
    }

    public Builder types(EntityType first, EntityType... rest) {
      Objects.requireNonNull(first, "types");
      Objects.requireNonNull(rest, "types");
      List<EntityType> all = new ArrayList<>();
      all.add(first);
      all.addAll(java.util.Arrays.asList(rest));
      return types(all);
    }

    /** Drop mentions whose confidence is below this value, in [0, 1] (default 0: keep all). */
    public Builder minConfidence(double value) {
      if (!(value >= 0.0 && value <= 1.0)) {
        throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + value);
      }
      this.minConfidence = value;
      return this;
    }

    /** Use this name finder model file instead of the bundled one (e.g. one you trained). */
    public Builder nameFinderModel(Path modelFile) {
      this.nameModel = Objects.requireNonNull(modelFile, "nameFinderModel");
      return this;
    }

    /**
     * Shift the name finder toward (positive) or away from (negative) labels, by the model's own
     * label names ({@code PERSON}, {@code ORG}, {@code GPE}, {@code LOC}, {@code NORP},
     * {@code DATE} for the bundled model): {@code Map.of("ORG", 0.5)} finds more organisations,
     * with more false ones among them. Offsets are added to log scores, each within ±5. These
     * replace the priors tuned for the bundled model; a model from {@link #nameFinderModel} has
     * none unless given here. Only maxent models (the kind nerkit trains) take priors.
     *
     * @throws IllegalArgumentException for a null or blank label, a label with a dash, or an
     *     offset that is not finite or beyond ±5; an unknown label fails in {@link #build}
     */
    public Builder labelPriors(Map<String, Double> offsets) {
      this.labelPriors = new LabelPriors(Objects.requireNonNull(offsets, "labelPriors"));
      return this;
    }

    /** Loads the models. @throws ModelLoadException naming the model that failed and why */
    public EntityExtractor build() {
      return new EntityExtractor(this);
    }
  }
}
