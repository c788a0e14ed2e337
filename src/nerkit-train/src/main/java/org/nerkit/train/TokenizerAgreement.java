package org.nerkit.train;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nerkit.tokenize.Tokenizer;

/** Measures how many gold OntoNotes tokens the tokenizer reproduces exactly on detokenized text. */
public final class TokenizerAgreement {
  private TokenizerAgreement() {}

  public static void main(String[] args) throws Exception {
    Tokenizer tokenizer = new Tokenizer();
    long gold = 0;
    long predicted = 0;
    long matched = 0;
    int shown = 0;
    for (OntoNotesCorpus.TaggedDocument document : OntoNotesCorpus.read(Path.of(args[0]))) {
      for (OntoNotesCorpus.TaggedSentence sentence : document.sentences()) {
        Detokenizer.Detokenized detok = Detokenizer.detokenize(List.of(sentence.tokens()));
        Set<Long> goldSpans = new HashSet<>();
        for (int k = 0; k < detok.starts().length; k++) {
          goldSpans.add(((long) detok.starts()[k] << 32) | detok.ends()[k]);
        }
        int[] offsets = tokenizer.tokenize(detok.text(), 0, detok.text().length());
        int hits = 0;
        for (int k = 0; k < offsets.length; k += 2) {
          if (goldSpans.contains(((long) offsets[k] << 32) | offsets[k + 1])) {
            hits++;
          }
        }
        gold += goldSpans.size();
        predicted += offsets.length / 2;
        matched += hits;
        if (hits != goldSpans.size() && shown < Integer.parseInt(args.length > 1 ? args[1] : "0")) {
          shown++;
          System.out.println("GOLD " + sentence.tokens());
          System.out.println("OURS " + tokenizer.tokenStrings(detok.text()));
        }
      }
    }
    System.out.printf("gold tokens %d, predicted %d, exact matches %d: recall %.2f%%, precision %.2f%%%n",
        gold, predicted, matched, 100.0 * matched / gold, 100.0 * matched / predicted);
  }
}
