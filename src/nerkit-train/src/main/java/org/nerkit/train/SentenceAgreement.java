package org.nerkit.train;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nerkit.tokenize.SentenceSplitter;

/**
 * Measures how many gold OntoNotes sentence ends the sentence splitter finds on detokenized
 * documents. Arguments: the TSV file, and optionally a document id prefix ({@code nw/wsj}).
 * Sentences are joined by one space, so a headline without a period cannot be found: compare
 * runs with each other, not with 100%.
 */
public final class SentenceAgreement {
  private SentenceAgreement() {}

  public static void main(String[] args) throws Exception {
    SentenceSplitter splitter = SentenceSplitter.english();
    String prefix = args.length > 1 ? args[1] : "";
    long gold = 0;
    long predicted = 0;
    long matched = 0;
    for (OntoNotesCorpus.TaggedDocument document : OntoNotesCorpus.read(Path.of(args[0]))) {
      if (!document.id().startsWith(prefix)) {
        continue;
      }
      List<List<String>> sentences = document.sentences().stream().map(OntoNotesCorpus.TaggedSentence::tokens).toList();
      Detokenizer.Detokenized raw = Detokenizer.detokenize(sentences);
      Set<Integer> goldEnds = new HashSet<>();
      int tokens = 0;
      for (List<String> sentence : sentences) {
        tokens += sentence.size();
        goldEnds.add(raw.ends()[tokens - 1]);
      }
      int[] spans = splitter.split(raw.text());
      for (int k = 1; k < spans.length; k += 2) {
        if (goldEnds.contains(spans[k])) {
          matched++;
        }
      }
      gold += goldEnds.size();
      predicted += spans.length / 2;
    }
    System.out.printf("gold sentence ends %d, predicted %d, matched %d: recall %.2f%%, precision %.2f%%%n",
        gold, predicted, matched, 100.0 * matched / gold, 100.0 * matched / predicted);
  }
}
