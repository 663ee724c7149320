package cloudscan.report.junit;

import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.ScanResult;
import cloudscan.report.ReportOptions;
import cloudscan.report.ReportWriter;
import cloudscan.report.ResultIndex;
import cloudscan.report.junit.JunitCase.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code report.junit.xml} for CI test views: one test suite per requirement (catalog order), one
 * test case per check under it; see {@link JunitCases} for how outcomes map.
 */
public final class JunitReportWriter implements ReportWriter {

  public static final String FILE = "report.junit.xml";

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public List<String> files() {
    return List.of(FILE);
  }

  @Override
  public void write(ScanResult result, ReportOptions options, Path dir) throws IOException {
    ResultIndex index = new ResultIndex(result);
    List<Suite> suites = result.requirements().stream()
        .map(r -> new Suite(r, JunitCases.of(r, index, options.lang()))).toList();
    try (OutputStream out = Files.newOutputStream(dir.resolve(FILE))) {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      List<JunitCase> all = suites.stream().flatMap(s -> s.cases().stream()).toList();
      w.writeStartElement("testsuites");
      w.writeAttribute("name", "cloudscan " + result.catalog().id());
      counts(w, all);
      for (Suite s : suites) {
        suite(w, s.requirement(), s.cases(), result, options);
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException("writing " + FILE + ": " + e.getMessage(), e);
    }
  }

  private static void suite(XMLStreamWriter w, RequirementResult r, List<JunitCase> cases,
      ScanResult result, ReportOptions options) throws XMLStreamException {
    w.writeCharacters("\n");
    w.writeStartElement("testsuite");
    w.writeAttribute("name", JunitXml.clean(JunitCases.suiteName(r, options.lang())));
    counts(w, cases);
    w.writeAttribute("timestamp", result.evaluatedAt().toString());
    w.writeStartElement("properties");
    property(w, "requirement", r.requirement().id().value());
    property(w, "label", ResultIndex.label(r.requirement()));
    property(w, "status", r.status().name());
    property(w, "assessment", r.requirement().assessment().name());
    property(w, "advisory", Boolean.toString(r.requirement().advisory()));
    property(w, "attestation", r.attestationState().name());
    w.writeEndElement();
    for (JunitCase c : cases) {
      JunitXml.testcase(w, c);
    }
    w.writeEndElement();
  }

  private static void counts(XMLStreamWriter w, List<JunitCase> cases) throws XMLStreamException {
    w.writeAttribute("tests", Integer.toString(cases.size()));
    w.writeAttribute("failures", count(cases, Outcome.FAILURE));
    w.writeAttribute("errors", count(cases, Outcome.ERROR));
    w.writeAttribute("skipped", count(cases, Outcome.SKIPPED));
    w.writeAttribute("time", "0");
  }

  private static String count(List<JunitCase> cases, Outcome outcome) {
    return Long.toString(cases.stream().filter(c -> c.outcome() == outcome).count());
  }

  /** One requirement and its cases. */
  private record Suite(RequirementResult requirement, List<JunitCase> cases) { }

  private static void property(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeEmptyElement("property");
    w.writeAttribute("name", name);
    w.writeAttribute("value", JunitXml.clean(value));
  }
}
