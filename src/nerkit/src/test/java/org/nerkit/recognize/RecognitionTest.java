package org.nerkit.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;

class RecognitionTest {
  private static String trimmed(String text, Label label, String surface) {
    int start = text.indexOf(surface);
    Mention mention = Recognition.withoutPossessive(text, new Mention(label, start, start + surface.length(), 0.9));
    return text.substring(mention.start(), mention.end());
  }

  @Test
  void aPossessiveIsTrimmedFromPeopleAndPlacesButKeptInOrganisationNamesAndDates() {
    String text = "Russia's army, Reuters' desk, Ms. Jones' car, McDonald's restaurants and last year's plan.";
    assertEquals("Russia", trimmed(text, Label.GPE, "Russia's"));
    assertEquals("Jones", trimmed(text, Label.PERSON, "Jones'"));
    assertEquals("McDonald's", trimmed(text, Label.ORG, "McDonald's"));
    assertEquals("last year's", trimmed(text, Label.DATE, "last year's"));
    assertEquals("Reuters'", trimmed(text, Label.ORG, "Reuters'"));
  }

  @Test
  void aCurlyApostropheIsAPossessiveToo() {
    assertEquals("Kenya", trimmed("Kenya\u2019s capital", Label.GPE, "Kenya\u2019s"));
  }

  @Test
  void aNameOfTwoOrMoreTokensTakesInTheArticleBeforeIt() {
    String text = "Officials of the European Central Bank and the IMF met the Gaza Strip's mayor and the Acme Corp board.";
    org.nerkit.document.Document document = new org.nerkit.document.Document.Builder(text)
        .sentence(0, text.length(), new org.nerkit.tokenize.Tokenizer().tokenize(text, 0, text.length())).build();
    assertEquals("the European Central Bank", withArticle(document, text, Label.ORG, "European Central Bank"));
    assertEquals("IMF", withArticle(document, text, Label.ORG, "IMF"));
    assertEquals("the Gaza Strip", withArticle(document, text, Label.LOC, "Gaza Strip"));
    assertEquals("Acme Corp", withArticle(document, text, Label.PERSON, "Acme Corp"), "only organisations and places");
  }

  private static String withArticle(org.nerkit.document.Document document, String text, Label label, String surface) {
    int start = text.indexOf(surface);
    Mention mention = Recognition.withArticle(document, new Mention(label, start, start + surface.length(), 0.9));
    return text.substring(mention.start(), mention.end());
  }
}
