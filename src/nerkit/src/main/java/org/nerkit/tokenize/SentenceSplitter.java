package org.nerkit.tokenize;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.nerkit.util.InstancePool;

/**
 * Finds sentences: first paragraphs (a blank line always ends a sentence, which matters for
 * headlines and bylines without a final period), then OpenNLP's statistical sentence detector
 * inside each paragraph. Returns spans trimmed of surrounding white space. Thread-safe.
 */
public final class SentenceSplitter {
  /**
   * Apache OpenNLP's English sentence model (trained on UD English EWT), from its Maven artifact:
   * a resource of another jar (another module on the module path), so looked up by class loader.
   */
  private static final String BUNDLED_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private final InstancePool<SentenceDetectorME> detectors;

  private SentenceSplitter(SentenceModel model) {
    this.detectors = new InstancePool<>(() -> new SentenceDetectorME(model));
  }

  /** The splitter with Apache OpenNLP's English sentence model. */
  public static SentenceSplitter english() throws IOException {
    InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(BUNDLED_MODEL);
    if (in == null) {
      throw new IOException("sentence model " + BUNDLED_MODEL + " is not on the class path "
          + "(dependency org.apache.opennlp:opennlp-models-sentdetect-en missing?)");
    }
    try (in) {
      return new SentenceSplitter(new SentenceModel(in));
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot load sentence model " + BUNDLED_MODEL + ": " + e.getMessage(), e);
    }
  }

  /** Sentence spans of {@code text} as {@code [start0, end0, start1, end1, ...]}. */
  public int[] split(String text) {
    List<Integer> bounds = new ArrayList<>();
    int paragraphStart = 0;
    int lineStart = 0;
    int length = text.length();
    int i = 0;
    while (i <= length) {
      int blankEnd = i < length ? blankLineRunEnd(text, i) : -1;
      if (blankEnd < 0 && i < length && text.charAt(i) == '\n' && isCapitalsLine(text, lineStart, i)) {
        blankEnd = i + 1;
      }
      if (i == length || blankEnd > 0) {
        addParagraph(text, paragraphStart, i, bounds);
        if (i == length) {
          break;
        }
        paragraphStart = blankEnd;
        lineStart = blankEnd;
        i = blankEnd;
      } else {
        if (text.charAt(i) == '\n') {
          lineStart = i + 1;
        }
        i++;
      }
    }
    int[] result = new int[bounds.size()];
    for (int k = 0; k < result.length; k++) {
      result[k] = bounds.get(k);
    }
    return result;
  }

  /**
   * A line in capitals ("KANSAS CITY AT DETROIT", a headline or a row of a results table): it
   * has at least two capital letters and no lower-case one. Its line break ends a sentence, as a
   * blank line does; the next line is not the same sentence going on.
   */
  private static boolean isCapitalsLine(String text, int start, int end) {
    int capitals = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        capitals++;
      }
    }
    return capitals >= 2;
  }

  /** If a line break followed by only white space and another line break starts at i, where that run ends. */
  private static int blankLineRunEnd(String text, int i) {
    if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      return -1;
    }
    int breaks = 0;
    int k = i;
    int lastBreakEnd = -1;
    while (k < text.length() && Tokenizer.isSpace(text.charAt(k))) {
      char c = text.charAt(k);
      if (c == '\n' || (c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n'))) {
        breaks++;
        lastBreakEnd = k + 1;
      }
      k++;
    }
    return breaks >= 2 ? lastBreakEnd : -1;
  }

  /** Words longer than this cannot end a sentence inside them (URLs, base64, garbage). */
  static final int LONG_WORD = 64;

  /**
   * The copy of a paragraph the detector reads: same length, same offsets. OpenNLP's detector
   * reads the whole word around every candidate period, so a word full of periods costs the
   * square of its length. Two changes keep that bounded. The words are the tokenizer's: a
   * zero-width space or byte-order mark, white space to {@link Tokenizer} but not to OpenNLP,
   * is an ordinary space in the copy. And words longer than {@link #LONG_WORD}, which never hold
   * a sentence end, have their '.', '!' and '?' masked.
   */
  static String forDetector(String paragraph) {
    char[] chars = null;
    int wordStart = 0;
    for (int i = 0; i <= paragraph.length(); i++) {
      char c = i < paragraph.length() ? paragraph.charAt(i) : ' ';
      if (i < paragraph.length() && (c == '\u200B' || c == '\uFEFF')) {
        if (chars == null) {
          chars = paragraph.toCharArray();
        }
        chars[i] = ' ';
      }
      if (i == paragraph.length() || Tokenizer.isSpace(c)) {
        if (i - wordStart > LONG_WORD) {
          if (chars == null) {
            chars = paragraph.toCharArray();
          }
          // keep a final sentence end: "...averyveryverylongword."
          for (int k = wordStart; k < i - 1; k++) {
            if (chars[k] == '.' || chars[k] == '!' || chars[k] == '?') {
              chars[k] = '_';
            }
          }
        }
        wordStart = i + 1;
      }
    }
    return chars == null ? paragraph : new String(chars);
  }

  /** Titles and place words that stand before a name and never end a sentence ("Mrs. Hills", "Mt. Ali"). */
  private static final Set<String> TITLES = Set.of(
      "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt",
      "Adm", "Rev", "Hon", "Gens", "Sens", "Reps", "Mt", "St", "Ft");

  /** Abbreviations shaped like initials that often end a sentence: places and organisations, not people. */
  private static final Set<String> FINAL_INITIALS = Set.of(
      "U.S", "U.K", "U.N", "E.U", "U.S.A", "U.A.E", "D.C", "L.A", "N.Y", "N.J", "N.C", "S.C", "N.H", "N.M", "N.D",
      "S.D", "R.I", "P.R", "S.A", "A.G", "N.V", "B.V", "U.S.S.R", "A.D", "B.C");

  /** "R", "J.P", "C.J.B": a person's initials (without the last period), not a known abbreviation. */
  private static boolean isInitials(String word) {
    if (word.isEmpty() || word.length() > 5 || FINAL_INITIALS.contains(word)) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      boolean letter = k % 2 == 0;
      char c = word.charAt(k);
      if (letter ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text at {@code end} plainly goes on: the "sentence" ends with a comma or
   * semicolon, or the next word starts in lower case ("NEC Corp. made an apology", "Whirlpool
   * Corp., Benton Harbor"). The bundled detector ends sentences after company abbreviations.
   */
  static boolean continuesAfter(String paragraph, int end) {
    char last = paragraph.charAt(end - 1);
    if (last == ',' || last == ';') {
      return true;
    }
    int next = end;
    while (next < paragraph.length() && Tokenizer.isSpace(paragraph.charAt(next))) {
      next++;
    }
    if (next == paragraph.length()) {
      return false;
    }
    char following = paragraph.charAt(next);
    if (Character.isLowerCase(following)) {
      return true; // also '"Who's lying?" asks a voice', which the treebanks keep as one sentence
    }
    if (last == '.' && Character.isUpperCase(following) && followsCompanyWithTitle(paragraph, end, next)) {
      return true;
    }
    if (last != '.' || !Character.isDigit(following)) {
      return false;
    }
    int wordStart = end - 1;
    while (wordStart > 0 && Character.isLetter(paragraph.charAt(wordStart - 1))) {
      wordStart--;
    }
    return BEFORE_NUMBERS.contains(paragraph.substring(wordStart, end - 1));
  }

  /** Job titles that follow a company's name inside a sentence ("CBS Inc. President John Backe"). */
  private static final Set<String> COMPANY_TITLES = Set.of(
      "President", "Chairman", "Chairwoman", "Chief", "Vice", "Executive", "Director", "Managing", "Treasurer",
      "Secretary", "Senior", "General", "Co-Chairman", "Deputy");

  /** "Texas Air Corp. Chairman Frank Lorenzo": a company abbreviation, then a job title. */
  private static boolean followsCompanyWithTitle(String paragraph, int end, int next) {
    int wordStart = end - 1;
    while (wordStart > 0 && Character.isLetter(paragraph.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (!COMPANY_ENDINGS.contains(paragraph.substring(wordStart, end - 1))) {
      return false;
    }
    int nextEnd = next;
    while (nextEnd < paragraph.length() && !Tokenizer.isSpace(paragraph.charAt(nextEnd))) {
      nextEnd++;
    }
    return COMPANY_TITLES.contains(paragraph.substring(next, nextEnd));
  }

  /** Abbreviations a number follows: "Nov. 29", "No. 2", "Prop. 65". */
  private static final Set<String> BEFORE_NUMBERS = Set.of(
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Prop", "Vol",
      "Art", "Sec", "Ch", "Fig", "p", "pp");

  /**
   * Whether a sentence the detector ended at {@code end} really stops inside a name: its last
   * word is a title ("Mrs.") or initials ("John R.", "W.R. Grace") and the next word is capitalized. The
   * bundled detector, trained on web text, splits "John R. Stevens" after the initial.
   */
  static boolean endsInsideName(String paragraph, int end) {
    if (end < 2 || paragraph.charAt(end - 1) != '.') {
      return false;
    }
    int wordStart = end - 1;
    while (wordStart > 0 && !Tokenizer.isSpace(paragraph.charAt(wordStart - 1))) {
      wordStart--;
    }
    while (wordStart < end - 1 && "([{\"'`\u201C\u2018".indexOf(paragraph.charAt(wordStart)) >= 0) {
      wordStart++; // "(W. Athey 111"
    }
    String word = paragraph.substring(wordStart, end - 1);
    if (!isInitials(word) && !TITLES.contains(word)) {
      return false;
    }
    int next = end;
    while (next < paragraph.length() && Tokenizer.isSpace(paragraph.charAt(next))) {
      next++;
    }
    return next < paragraph.length() && Character.isUpperCase(paragraph.charAt(next));
  }

  /** Abbreviations that end company names and often end a sentence too ("a unit of Ford Motor Co. The"). */
  private static final Set<String> COMPANY_ENDINGS = Set.of("Co", "Cos", "Corp", "Inc", "Ltd", "Bros", "Assn");

  /** Words that begin a sentence and never continue a company's name. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "The", "But", "He", "She", "It", "They", "We", "I", "In", "That", "This", "These", "Those", "And", "A", "An",
      "Its", "His", "Her", "Their", "Our", "Also", "However", "Meanwhile", "For", "On", "At", "As", "If", "When",
      "While", "There", "Some", "Many", "Most", "Yesterday", "Today", "Separately", "Earlier", "Last", "Then", "Now",
      "Still", "Yet", "Mr.", "Mrs.", "Ms.");

  /**
   * Where inside {@code [from, to)} a sentence ends that the detector ran on: after a company
   * abbreviation or place initials ("Ford Motor Co.", "the U.K.") when the next word can only
   * begin a sentence ("The", "But", "He"). The bundled detector, trained on web text, keeps
   * "...at Kellogg Co. Then traders..." in one sentence.
   */
  static List<Integer> endsAfterAbbreviations(String paragraph, int from, int to) {
    List<Integer> ends = new ArrayList<>(0);
    for (int dot = paragraph.indexOf('.', from); dot >= 0 && dot + 2 < to; dot = paragraph.indexOf('.', dot + 1)) {
      if (!Tokenizer.isSpace(paragraph.charAt(dot + 1))) {
        continue;
      }
      int wordStart = dot;
      while (wordStart > from && !Tokenizer.isSpace(paragraph.charAt(wordStart - 1))) {
        wordStart--;
      }
      String word = paragraph.substring(wordStart, dot);
      if (!COMPANY_ENDINGS.contains(word) && !FINAL_INITIALS.contains(word)) {
        continue;
      }
      int next = dot + 1;
      while (next < to && Tokenizer.isSpace(paragraph.charAt(next))) {
        next++;
      }
      int nextEnd = next;
      while (nextEnd < to && !Tokenizer.isSpace(paragraph.charAt(nextEnd))) {
        nextEnd++;
      }
      String following = paragraph.substring(next, nextEnd);
      if (SENTENCE_OPENERS.contains(following) || SENTENCE_OPENERS.contains(stripTrailingComma(following))) {
        ends.add(dot + 1);
      }
    }
    return ends;
  }

  private static String stripTrailingComma(String word) {
    return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
  }

  private void addParagraph(String text, int start, int end, List<Integer> bounds) {
    while (start < end && Tokenizer.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Tokenizer.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return;
    }
    String paragraph = text.substring(start, end);
    String forDetector = forDetector(paragraph);
    Span[] spans = detectors.with(detector -> detector.sentPosDetect(forDetector));
    int covered = 0;
    int open = -1; // start of a sentence whose detected end was overruled (a name or a clause goes on)
    for (Span span : spans) {
      int s = Math.max(span.getStart(), covered);
      int e = span.getEnd();
      while (s < e && Tokenizer.isSpace(paragraph.charAt(s))) {
        s++;
      }
      while (e > s && Tokenizer.isSpace(paragraph.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        if (open < 0) {
          open = s;
        }
        covered = e;
        if (!endsInsideName(paragraph, e) && !continuesAfter(paragraph, e)) {
          for (int inner : endsAfterAbbreviations(paragraph, open, e)) {
            bounds.add(start + open);
            bounds.add(start + inner);
            open = inner;
            while (Tokenizer.isSpace(paragraph.charAt(open))) {
              open++;
            }
          }
          bounds.add(start + open);
          bounds.add(start + e);
          open = -1;
        }
      }
    }
    if (open >= 0) {
      bounds.add(start + open);
      bounds.add(start + covered);
    }
    // Never lose text: anything the detector left outside every sentence becomes one more sentence.
    if (spans.length == 0) {
      bounds.add(start);
      bounds.add(end);
    } else if (covered < paragraph.length()) {
      int s = covered;
      while (s < paragraph.length() && Tokenizer.isSpace(paragraph.charAt(s))) {
        s++;
      }
      if (s < paragraph.length()) {
        bounds.add(start + s);
        bounds.add(end);
      }
    }
  }
}
