package org.nerkit.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nerkit.document.Document;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;
import org.nerkit.tokenize.Tokenizer;

class DocumentConsistencyTest {
  private final DocumentConsistency consistency = new DocumentConsistency();
  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> apply(List<String> sentences, Mention... mentions) {
    String text = String.join(" ", sentences);
    Document.Builder document = new Document.Builder(text);
    int at = 0;
    for (String sentence : sentences) {
      document.sentence(at, at + sentence.length(), tokenizer.tokenize(text, at, at + sentence.length()));
      at += sentence.length() + 1;
    }
    return consistency.apply(document.build(), List.of(mentions)).stream()
        .map(m -> m.label() + ":" + text.substring(m.start(), m.end()) + "@" + m.start()).toList();
  }

  @Test
  void aNameFoundOnceIsLabelledWhereTheDocumentRepeatsIt() {
    List<String> sentences = List.of("The socialist party PASOK lost the vote.", "Critics said PASOK had failed.",
        "Mr. Okonkwo Adeyemi spoke.", "Adeyemi Okonkwo did not.");
    assertEquals(List.of("ORG:PASOK@20", "ORG:PASOK@54", "PERSON:Okonkwo Adeyemi@76"),
        apply(sentences, new Mention(Label.ORG, 20, 25, 0.9), new Mention(Label.PERSON, 76, 91, 0.8)));
  }

  @Test
  void partsOfLongerNamesCompoundsAndWeakGuessesAreNotCopied() {
    List<String> sentences = List.of("The Senate voted.", "A House-Senate panel met.", "The Senate Budget Committee met.",
        "Acme rose.", "Shares of Acme fell.");
    assertEquals(List.of("ORG:Senate@4", "ORG:Acme@77"),
        apply(sentences, new Mention(Label.ORG, 4, 10, 0.9), new Mention(Label.ORG, 77, 81, 0.5)));
  }

  @Test
  void anAcronymTheDocumentDefinesForAnOrganisationIsThatOrganisationEverywhere() {
    List<String> sentences = List.of("Leaders met at the Shanghai Cooperation Organization (SCO) summit.",
        "The SCO was founded in 2001.", "Critics of the SCO said little.", "SCOTLAND is not it.");
    String text = String.join(" ", sentences);
    int org = text.indexOf("Shanghai");
    int first = text.indexOf("(SCO)") + 1;
    int second = text.indexOf("The SCO") + 4;
    int third = text.indexOf("the SCO") + 4;
    assertEquals(List.of("ORG:Shanghai Cooperation Organization@" + org, "ORG:SCO@" + first, "ORG:SCO@" + second, "ORG:SCO@" + third),
        apply(sentences, new Mention(Label.ORG, org, org + "Shanghai Cooperation Organization".length(), 0.9)));
  }

  @Test
  void anAcronymBeforeItsLongFormInParenthesesCountsToo() {
    List<String> sentences = List.of("The IMF (International Monetary Fund) warned on Monday.", "The IMF and the WHO met.");
    String text = String.join(" ", sentences);
    int fund = text.indexOf("International");
    assertEquals(List.of("ORG:IMF@4", "ORG:International Monetary Fund@" + fund, "ORG:IMF@" + text.lastIndexOf("IMF")),
        apply(sentences, new Mention(Label.ORG, fund, fund + "International Monetary Fund".length(), 0.9)));
  }

  @Test
  void onlyTheInitialsOfTheNameMakeItsAcronym() {
    assertEquals(true, DocumentConsistency.spellsInitials("CSTO", "the Collective Security Treaty Organization"));
    assertEquals(true, DocumentConsistency.spellsInitials("OAS", "Organization of American States"));
    assertEquals(true, DocumentConsistency.spellsInitials("AT&T", "American Telephone and Telegraph"));
    assertEquals(false, DocumentConsistency.spellsInitials("EU", "the United Nations"));
    assertEquals(false, DocumentConsistency.spellsInitials("2021", "Two Zero Two One"));
    assertEquals(false, DocumentConsistency.spellsInitials("see below", "Some Entity"));
  }
}
