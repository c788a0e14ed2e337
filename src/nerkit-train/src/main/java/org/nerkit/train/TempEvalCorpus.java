package org.nerkit.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * TimeML documents ({@code .tml}, TempEval-3's TBAQ-cleaned): the text of each {@code <TEXT>}
 * element with its tags removed, the document creation time, and every TIMEX3 as a span of
 * that text with its type and normalized value.
 */
final class TempEvalCorpus {
  /** One gold time expression; offsets are into {@link Document#text()}. */
  record Timex(String type, String value, int start, int end) {}

  record Document(String name, String text, LocalDate creationDate, List<Timex> timexes) {}

  private TempEvalCorpus() {}

  /** Every {@code .tml} file under {@code directory}, sorted by path. */
  static List<Document> read(Path directory) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .tml files under " + directory);
    }
    List<Document> documents = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        documents.add(parse(file.getFileName().toString(), in));
      } catch (XMLStreamException | DateTimeParseException e) {
        throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return documents;
  }

  static Document parse(String name, InputStream in) throws XMLStreamException, IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    LocalDate creation = null;
    boolean inText = false;
    boolean inDct = false;
    String openType = null;
    String openValue = null;
    int openStart = -1;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        if (element.equals("TEXT")) {
          inText = true;
        } else if (element.equals("DCT")) {
          inDct = true;
        } else if (element.equals("TIMEX3")) {
          String value = xml.getAttributeValue(null, "value");
          if (inDct && value != null) {
            creation = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
          } else if (inText) {
            openType = xml.getAttributeValue(null, "type");
            openValue = value;
            openStart = text.length();
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String element = xml.getLocalName();
        if (element.equals("TEXT")) {
          inText = false;
        } else if (element.equals("DCT")) {
          inDct = false;
        } else if (element.equals("TIMEX3") && openStart >= 0) {
          timexes.add(new Timex(openType, openValue, openStart, text.length()));
          openStart = -1;
        }
      } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE)) {
        text.append(xml.getText());
      }
    }
    if (creation == null) {
      throw new IOException(name + ": no document creation time (DCT)");
    }
    return new Document(name, text.toString(), creation, List.copyOf(timexes));
  }
}
