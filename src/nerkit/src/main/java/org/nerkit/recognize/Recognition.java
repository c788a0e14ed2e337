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
 * includes. Thread-safe.
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
      result.add(withoutPossessive(document.text(), mention));
    }
    return result;
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
