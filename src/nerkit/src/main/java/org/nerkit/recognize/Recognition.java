package org.nerkit.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nerkit.document.Document;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;

/**
 * The recognize stage: the name finder's mentions of a document, made consistent across the
 * document ({@link DocumentConsistency}), without the possessive ending the model sometimes
 * includes, with the article OntoNotes includes in longer names. Thread-safe.
 */
public final class Recognition {
  private final NameRecognizer recognizer;
  private final DocumentConsistency consistency = new DocumentConsistency();

  public Recognition(NameRecognizer recognizer) {
    this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
  }

  /** The mentions of the document, in text order. */
  public List<Mention> apply(Document document) {
    List<Mention> found = consistency.apply(document, recognizer.recognize(document));
    List<Mention> result = new ArrayList<>(found.size());
    for (Mention mention : found) {
      result.add(withArticle(document, withoutPossessive(document.text(), mention)));
    }
    return result;
  }

  /**
   * An organisation or place name of two or more tokens takes in the "the" before it ("the
   * European Central Bank", "the Gaza Strip"), as OntoNotes writes nine in ten of them; a one-word
   * name never does ("the IMF"). Countries follow the gazetteer's rules instead (places stage).
   */
  static Mention withArticle(Document document, Mention mention) {
    if (mention.label() != Label.ORG && mention.label() != Label.LOC) {
      return mention;
    }
    String text = document.text();
    int start = mention.start() - 4;
    if (start < 0 || !text.regionMatches(true, start, "the ", 0, 4) || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) {
      return mention;
    }
    int first = document.firstTokenAtOrAfter(mention.start());
    boolean twoTokens = first + 1 < document.tokenCount() && document.tokenEnd(first + 1) <= mention.end();
    return twoTokens ? mention.withSpan(start, mention.end()) : mention;
  }

  /**
   * A name the recognizer cut at a hyphen, widened over the hyphenated word ({@link HyphenatedNames});
   * run once places are settled, which may have joined or split mentions around hyphens.
   */
  public static List<Mention> joinHyphenated(Document document, List<Mention> mentions) {
    return HyphenatedNames.joined(document.text(), mentions);
  }

  /**
   * People and places never include a possessive ending: "Congo's" is "Congo". Organisation
   * names often do ("McDonald's", "Moody's"), so theirs stay as the recognizer found them; so
   * do dates (OntoNotes keeps "'s" in "last year's").
   */
  static Mention withoutPossessive(String text, Mention mention) {
    if (mention.label() == Label.ORG || mention.label() == Label.DATE) {
      return mention;
    }
    int end = mention.end();
    if (end - mention.start() > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
      end -= 2;
    } else if (end - mention.start() > 1 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '\u2019')
        && text.charAt(end - 2) == 's') {
      end -= 1;
    }
    return end == mention.end() ? mention : mention.withSpan(mention.start(), end);
  }
}
