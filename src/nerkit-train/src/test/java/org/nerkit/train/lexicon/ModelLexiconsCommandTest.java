package org.nerkit.train.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The model-lexicon step on small converted files, with the default filters and with others. */
class ModelLexiconsCommandTest {
  @TempDir
  Path dir;

  private Path converted;
  private Path text;

  private static void write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  @BeforeEach
  void convertedFiles() throws IOException {
    converted = Files.createDirectories(dir.resolve("converted"));
    write(converted.resolve("gazetteer-dbpedia.tsv"),
        "new york\tgpe,location,person",
        "the\twork_of_art",
        "x\tperson",
        "1999\tevent",
        "al green\tperson,time_period",
        "mcmiii\ttime_period",
        "a b c d e f g\torganisation",
        "miram%c0b0n\tperson",
        "woomera & ; districts\torganisation",
        "\uD835\uDD38lpha\torganisation",
        "\uFB01rm\torganisation");
    write(converted.resolve("gazetteer-nlp4j.tsv"),
        "New York\tlocation,place",
        "Prime Minister\tjob_title",
        "Envoy\tjob_title,person",
        "Ramp\torganization",
        "AT amp T\tcompany",
        "ÉCOLE\torganization");
    write(converted.resolve("cities.tsv"),
        "Winston-Salem\tUS\tNC\tNorth Carolina\tForsyth County\t36.1\t-80.2",
        "Sant Julià de Lòria\tAD\t06\t\t\t42.4\t1.4");
    write(converted.resolve("first-names.tsv"),
        "ann\tmoby_f\t\t\t\t",
        "john\tmoby_m\t\t\t\t",
        "mary\tmoby_f,ssa\t7165\t27\t1880\t1990",
        "zoe\tssa\t5\t0\t2024\t2024",
        "ninek\tssa\t9999\t0\t1900\t1990",
        "tenk\tssa\t0\t10000\t1900\t1990",
        "bigname\tssa\t200000000\t0\t1880\t2024");
    write(converted.resolve("brown-rcv1.tsv"), "Paris\t1011", "paris\t01");
    // Sentence-initial tokens do not count: "The" and "May" below start sentences.
    text = dir.resolve("train.tsv");
    write(text,
        "#doc a", "The\tO", "the\tO", "the\tO", "The\tO", "ann\tO", "ann\tO", "ann\tO", "zoe\tO", "zoe\tO", "",
        "May\tO", "Mary\tO", "mary\tO", "Mary\tO", "Mary\tO", "",
        "May\tO", "Will\tO",
        "#doc b", "May\tO", "will\tO", "will\tO");
    write(dir.resolve("extra-titles.txt"),
        "# comment", "", "chief executive", "co - founder", " bad", "a  b", "50% owner");
  }

  private Path run(String... options) throws IOException {
    Path out = dir.resolve("out");
    List<String> args = new ArrayList<>(List.of("--converted", converted.toString(), "--text", text.toString(),
        "--out", out.toString(), "--extra-titles", dir.resolve("extra-titles.txt").toString(),
        "--word-classes", "brown.wordclasses=brown-rcv1.tsv"));
    args.addAll(List.of(options));
    assertEquals(0, new CommandLine(new ModelLexiconsCommand()).execute(args.toArray(String[]::new)));
    return out;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  @Test
  void defaultFilters() throws IOException {
    Path out = run();
    assertEquals(List.of(
        "al green\tPER",
        "envoy\tPER",
        "new york\tGPE,LOC,PER",
        "north carolina\tGPE",
        "ramp\tORG",
        "sant julià de lòria\tGPE",
        "winston - salem\tGPE",
        "école\tORG",
        "\uFB01rm\tORG",              // U+FB01 before U+1D538: code point order, not UTF-16's
        "\uD835\uDD38lpha\tORG"),
        lines(out.resolve(ModelLexiconsCommand.NAMES)));
    assertEquals(List.of("chief executive\tTITLE", "co - founder\tTITLE", "envoy\tTITLE", "prime minister\tTITLE"),
        lines(out.resolve(ModelLexiconsCommand.TITLES)));
    // "ann" is a common word of the text; "mary" is mostly capitalized, "zoe" too rare to be common.
    assertEquals(List.of("john\tm", "mary\ts3m", "zoe\ts0", "ninek\ts3", "tenk\ts4", "bigname\ts7"),
        lines(out.resolve(ModelLexiconsCommand.FIRST_NAMES)));
    assertEquals("Paris\t1011\nparis\t01\n", Files.readString(out.resolve("brown.wordclasses")));
    try (Stream<Path> files = Files.list(out)) {
      assertFalse(files.anyMatch(f -> f.toString().endsWith(".part")));
    }
  }

  @Test
  void filtersAreOptions() throws IOException {
    Path out = run("--min-phrase-tokens", "2", "--max-phrase-tokens", "3", "--nlp4j-types", "organization=ORG",
        "--city-type", "LOC", "--no-city-divisions", "--common-min-count", "2", "--first-name-max-class", "5",
        "--title-lists", "person", "--title-type", "ROLE");
    assertEquals(List.of("al green\tPER", "new york\tGPE,LOC,PER", "winston - salem\tLOC"),
        lines(out.resolve(ModelLexiconsCommand.NAMES)));
    assertEquals(List.of("chief executive\tROLE", "co - founder\tROLE", "envoy\tROLE"),
        lines(out.resolve(ModelLexiconsCommand.TITLES)));
    assertEquals(List.of("john\tm", "mary\ts3m", "ninek\ts3", "tenk\ts4", "bigname\ts5"),
        lines(out.resolve(ModelLexiconsCommand.FIRST_NAMES)));
  }

  @Test
  void noCities() throws IOException {
    Path out = run("--city-type", "");
    assertTrue(lines(out.resolve(ModelLexiconsCommand.NAMES)).stream().noneMatch(l -> l.endsWith("salem\tGPE")));
  }

  @Test
  void bundledExtraTitles() throws IOException {
    Path out = dir.resolve("bundled");
    assertEquals(0, new CommandLine(new ModelLexiconsCommand()).execute("--converted", converted.toString(), "--text",
        text.toString(), "--out", out.toString(), "--word-classes", "brown.wordclasses=brown-rcv1.tsv"));
    List<String> titles = lines(out.resolve(ModelLexiconsCommand.TITLES));
    assertTrue(titles.containsAll(List.of("prime minister\tTITLE", "secretary - general\tTITLE", "sen.\tTITLE")), titles::toString);
  }

  @Test
  void cityNamesAreTokenizedLikeTheGazetteers() {
    assertEquals("winston - salem", ModelLexiconsCommand.cityPhrase("Winston-Salem"));
    assertEquals("a - b - - c", ModelLexiconsCommand.cityPhrase(" A -\u00a0B--C "));
    assertEquals("st. louis", ModelLexiconsCommand.cityPhrase("St.\tLouis"));
    assertEquals("zürich", ModelLexiconsCommand.cityPhrase("ZÜRICH"));
  }

  @Test
  void defaultJunk() {
    PhraseFilter filter = new PhraseFilter(Pattern.compile(ModelLexiconsCommand.DEFAULT_JUNK), 1, 6, 2, Set.of());
    for (String junk : List.of("50%", "#hlink# ( theme", "a\u0085b", "a\u0001b", "BÃ¡rbara", "woomera &; x",
        "woomera &\u3000; x", "at amp t", "amp", "amp-", "(amp)")) {
      assertTrue(filter.isJunk(junk), junk);
    }
    // "amp" only as a word of its own; "_" is a word character, as in regex \w.
    for (String fine : List.of("ramp", "amps", "camp david", "ampère", "amp3", "x_amp", "amp_", "at & t", "b & : q",
        "são paulo")) {
      assertFalse(filter.isJunk(fine), fine);
    }
  }

  @Test
  void phraseFilterReasons() {
    PhraseFilter filter = new PhraseFilter(Pattern.compile(ModelLexiconsCommand.DEFAULT_JUNK), 1, 3, 2, Set.of("may"));
    assertNull(filter.reject("new york"));
    assertNull(filter.reject("ab"));
    assertEquals(PhraseFilter.Reason.JUNK, filter.reject("50%"));
    assertEquals(PhraseFilter.Reason.EMPTY_TOKEN, filter.reject("new  york"));
    assertEquals(PhraseFilter.Reason.EMPTY_TOKEN, filter.reject(" york"));
    assertEquals(PhraseFilter.Reason.TOO_MANY_TOKENS, filter.reject("a b c d"));
    assertEquals(PhraseFilter.Reason.COMMON_WORD, filter.reject("may"));
    assertNull(filter.reject("may day"));
    assertEquals(PhraseFilter.Reason.SHORT_WORD, filter.reject("\uD835\uDD38")); // one character, two UTF-16 units
    assertEquals(PhraseFilter.Reason.NO_LETTER, filter.reject("1999 - 0"));
  }
}
