package cloudscan.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Lang;
import cloudscan.report.fixture.Reports;
import cloudscan.report.fixture.SampleResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportWriterTest {

  @TempDir static Path dir;
  static Document doc;

  @BeforeAll static void write() throws Exception {
    Reports.write(new JunitReportWriter(), Lang.EN, dir);
    doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(dir.resolve("report.junit.xml").toFile());
  }

  @Test void oneSuitePerRequirement_inCatalogOrder() {
    List<Element> suites = elements(doc.getDocumentElement(), "testsuite");
    assertThat(suites).hasSize(24);
    assertThat(suites.get(0).getAttribute("name")).startsWith("1.1 １（１） Information is handled only in Japan");
    assertThat(suites.get(23).getAttribute("name")).startsWith("3.13 ３（13）");
  }

  @Test void failingCheck_isAFailure_listingTheResources() {
    Element c = testcase("3.13", "test.patch-late: Patch not applied within a week");
    Element failure = elements(c, "failure").get(0);
    assertThat(failure.getAttribute("type")).isEqualTo("CRITICAL");
    assertThat(failure.getTextContent()).contains("FAIL aws/111122223333/ap-northeast-3 instance i-late",
        "WAIVED", SampleResult.APPROVER);
  }

  @Test void notApplicableCheck_isSkipped() {
    // 3.3 has no check in the fixture and is AUTO: a skipped placeholder says so
    assertThat(elements(testcase("3.3", "no-check"), "skipped")).hasSize(1);
  }

  @Test void gap_isAnError_neverAPass() {
    Element c = testcase("3.2", "test.retention-short: Log retention under one year");
    assertThat(elements(c, "error")).hasSize(1);
  }

  @Test void attestation_missingIsSkipped_expiredFails_validPasses() {
    assertThat(elements(testcase("2.2", "attestation"), "skipped")).hasSize(1);
    assertThat(elements(testcase("2.1", "attestation"), "failure")).hasSize(1);
    assertThat(testcase("1.2", "attestation").getChildNodes().getLength()).isZero();
  }

  @Test void counts_addUp() {
    Element root = doc.getDocumentElement();
    int tests = Integer.parseInt(root.getAttribute("tests"));
    assertThat(tests).isEqualTo(elements(root, "testcase").size());
    assertThat(root.getAttribute("failures")).isEqualTo("4");
  }

  @Test void clean_replacesCharactersXmlCannotCarry() {
    assertThat(JunitXml.clean("a\u0001b\u0000c")).isEqualTo("a\uFFFDb\uFFFDc");
  }

  private static Element testcase(String requirement, String name) {
    for (Element c : elements(doc.getDocumentElement(), "testcase")) {
      if (c.getAttribute("classname").equals(requirement) && c.getAttribute("name").equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no testcase " + requirement + " / " + name);
  }

  private static List<Element> elements(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }
}
