package org.nerkit.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nerkit.document.Label;
import org.nerkit.document.Mention;

class HyphenatedNamesTest {
  private static List<String> joined(String text, Object... labelsAndSurfaces) {
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (int k = 0; k < labelsAndSurfaces.length; k += 2) {
      String surface = (String) labelsAndSurfaces[k + 1];
      int start = text.indexOf(surface, from);
      mentions.add(new Mention((Label) labelsAndSurfaces[k], start, start + surface.length(), 0.9));
      from = start + surface.length();
    }
    return HyphenatedNames.joined(text, mentions).stream()
        .map(m -> m.label() + ":" + text.substring(m.start(), m.end())).toList();
  }

  @Test
  void aGivenNameTaggedApartFromTheRestOfTheNameIsJoined() {
    assertEquals(List.of("PERSON:Karl-Heinz Rummenigge", "PERSON:Jean-Noel Barrot"),
        joined("Karl-Heinz Rummenigge met Jean-Noel Barrot.",
            Label.PERSON, "Karl", Label.PERSON, "Heinz Rummenigge", Label.PERSON, "Jean", Label.PERSON, "Noel Barrot"));
  }

  @Test
  void twoOneWordNamesAroundAHyphenStayTwo() {
    assertEquals(List.of("PERSON:Merkel", "PERSON:Macron"),
        joined("the Merkel-Macron talks", Label.PERSON, "Merkel", Label.PERSON, "Macron"));
    assertEquals(List.of("GPE:Paris", "PERSON:Anne Dupont"),
        joined("Paris-Anne Dupont", Label.GPE, "Paris", Label.PERSON, "Anne Dupont"), "only people");
  }

  @Test
  void aNameCutAtAHyphenTakesInTheRestOfTheWord() {
    assertEquals(List.of("PERSON:Anne-Gaelle Sidot", "ORG:Itar-Tass"),
        joined("Anne-Gaelle Sidot told Itar-Tass.", Label.PERSON, "Gaelle Sidot", Label.ORG, "Itar"));
  }
}
