package org.nerkit.recognize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;
import org.nerkit.lexicon.PhraseTable;
import org.nerkit.lexicon.WordClasses;

/**
 * A lexicon stored in a name finder model (a word-class list, {@code *.wordclasses}, or a
 * gazetteer, {@code *.gazetteer}), as OpenNLP reads and writes model resources: the file's bytes,
 * parsed once when first used. nerkit's own loader ({@link DirectModel}) parses the entries
 * straight from the model file instead, without keeping the bytes.
 */
public final class LexiconResource implements SerializableArtifact {
  static final String WORD_CLASSES = ".wordclasses";
  static final String GAZETTEER = ".gazetteer";

  private final byte[] content;
  private volatile Object parsed;

  private LexiconResource(byte[] content) {
    this.content = content;
  }

  /** The lexicon in these bytes (the lines of a {@link WordClasses} or {@link PhraseTable} file). */
  public static LexiconResource of(byte[] content) {
    return new LexiconResource(Objects.requireNonNull(content, "content").clone());
  }

  /** Whether a model entry of this name is a lexicon. */
  static boolean isLexicon(String entryName) {
    return entryName.endsWith(WORD_CLASSES) || entryName.endsWith(GAZETTEER);
  }

  /** Parses a lexicon entry of a model: a {@link WordClasses} or a {@link PhraseTable} by its name's extension. */
  static Object parse(String entryName, InputStream in) throws IOException {
    if (entryName.endsWith(WORD_CLASSES)) {
      return WordClasses.read(in, entryName);
    }
    if (entryName.endsWith(GAZETTEER)) {
      return PhraseTable.read(in, entryName);
    }
    throw new IOException("not a lexicon entry: " + entryName);
  }

  /** The lexicon, parsed on first use; the entry's name says which kind. */
  Object lexicon(String entryName) {
    Object result = parsed;
    if (result == null) {
      synchronized (this) {
        result = parsed;
        if (result == null) {
          try {
            result = parse(entryName, new ByteArrayInputStream(content));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          parsed = result;
        }
      }
    }
    return result;
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Named in a model's manifest; OpenNLP instantiates it by reflection when loading the model. */
  public static final class Serializer implements ArtifactSerializer<LexiconResource> {
    @Override
    public LexiconResource create(InputStream in) throws IOException {
      return new LexiconResource(in.readAllBytes()); // to the end of the zip entry; the zip stream stays open
    }

    @Override
    public void serialize(LexiconResource artifact, OutputStream out) throws IOException {
      out.write(artifact.content); // and leave `out`, the model's zip stream, open
    }
  }
}
