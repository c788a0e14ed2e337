package org.nerkit.train;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import org.nerkit.tokenize.TokenForms;

/** Turns tagged corpus sentences into OpenNLP training samples for the types we keep. */
public final class NameSamples {
  private NameSamples() {}

  /**
   * Spans of the BIO-tagged entities in a sentence whose type the mapping keeps, renamed by
   * it; tags of other types count as outside.
   */
  public static List<Span> spans(List<String> tags, Map<String, String> typeMapping) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = type != null && tag.startsWith("I-") && tag.substring(2).equals(type);
      if (!continues && type != null) {
        String mapped = typeMapping.get(type);
        if (mapped != null) {
          spans.add(new Span(start, i, mapped));
        }
        type = null;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && type == null)) {
        start = i;
        type = tag.substring(2);
      }
    }
    return spans;
  }

  /** A resettable stream of samples over whole documents, adaptive data cleared per document. */
  public static ObjectStream<NameSample> stream(
      List<OntoNotesCorpus.TaggedDocument> documents, Map<String, String> typeMapping) {
    return new ObjectStream<>() {
      private Iterator<NameSample> current = iterator();

      private Iterator<NameSample> iterator() {
        return documents.stream()
            .flatMap(document -> {
              List<NameSample> samples = new ArrayList<>();
              boolean first = true;
              for (OntoNotesCorpus.TaggedSentence sentence : document.sentences()) {
                String[] tokens = sentence.tokens().stream().map(TokenForms::modelForm).toArray(String[]::new);
                samples.add(new NameSample(tokens, spans(sentence.tags(), typeMapping).toArray(new Span[0]), first));
                first = false;
              }
              return samples.stream();
            })
            .iterator();
      }

      @Override
      public NameSample read() {
        return current.hasNext() ? current.next() : null;
      }

      @Override
      public void reset() {
        current = iterator();
      }
    };
  }
}
