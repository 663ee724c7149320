package cloudscan.report.junit;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes cases in the common JUnit XML shape, with text that XML 1.0 can carry. */
final class JunitXml {

  private JunitXml() { }

  static void testcase(XMLStreamWriter w, JunitCase c) throws XMLStreamException {
    w.writeStartElement("testcase");
    w.writeAttribute("classname", clean(c.classname()));
    w.writeAttribute("name", clean(c.name()));
    w.writeAttribute("time", "0");
    switch (c.outcome()) {
      case FAILURE -> body(w, "failure", c);
      case ERROR -> body(w, "error", c);
      case SKIPPED -> body(w, "skipped", c);
      case PASSED -> {
        if (c.details() != null) {
          w.writeStartElement("system-out");
          w.writeCharacters(clean(c.details()));
          w.writeEndElement();
        }
      }
    }
    w.writeEndElement();
  }

  private static void body(XMLStreamWriter w, String element, JunitCase c) throws XMLStreamException {
    w.writeStartElement(element);
    if (c.message() != null) {
      w.writeAttribute("message", clean(c.message()));
    }
    if (c.type() != null) {
      w.writeAttribute("type", clean(c.type()));
    }
    if (c.details() != null) {
      w.writeCharacters(clean(c.details()));
    }
    w.writeEndElement();
  }

  /** Replaces characters XML 1.0 forbids (most control characters) with U+FFFD. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(allowed(cp) ? cp : 0xFFFD));
    return out.toString();
  }

  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
