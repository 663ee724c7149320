package cloudscan.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import cloudscan.core.check.Lang;
import cloudscan.report.ReportOptions;
import cloudscan.report.fixture.SampleResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in headless Chromium, as the city's security team would, and drives it over
 * the DevTools protocol: no console error, the filters hide rows, the language switches, and a
 * screenshot is saved to {@code target/screenshots/report.png}.
 *
 * <p>Needs Debian's {@code chromium} ({@code apt-get install chromium}); without it the test is
 * skipped, except on CI ({@code CI=true}), where it fails.
 */
@Tag("browser")
class HtmlBrowserTest {

  private static final Path OUT = Path.of("target", "browser");
  private static final Path SCREENSHOT = Path.of("target", "screenshots", "report.png");

  @TempDir Path tmp;

  static Optional<String> chromium() {
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.concat(Stream.of("/usr/bin/chromium"),
            Stream.of(path.split(File.pathSeparator)).map(d -> d + "/chromium"))
        .filter(p -> Files.isExecutable(Path.of(p))).findFirst();
  }

  /** Chromium's path; skips the test without it, except on CI ({@code CI=true}), where it fails. */
  static String requireChromium() {
    Optional<String> chromium = chromium();
    if (chromium.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("chromium not found: apt-get install chromium (the browser test is required on CI)");
      }
      Assumptions.abort("chromium not found: apt-get install chromium to run the browser test");
    }
    return chromium.get();
  }

  @Test
  @Timeout(60)
  void report_loadsWithoutErrors_filtersHideRows_languageSwitches() throws Exception {
    String chromium = requireChromium();
    Files.createDirectories(OUT);
    new HtmlReportWriter().write(SampleResult.withBaseline(), new ReportOptions(Lang.JA), OUT);
    Path html = OUT.resolve(HtmlReportWriter.FILE).toAbsolutePath();

    try (DevTools dt = DevTools.start(chromium, tmp.resolve("profile"))) {
      dt.send("Runtime.enable");
      dt.send("Log.enable");
      dt.send("Page.enable");
      dt.send("Emulation.setDeviceMetricsOverride", "width", 1280, "height", 1600, "deviceScaleFactor", 1,
          "mobile", false);
      var loaded = dt.event(e -> e.path("method").asText().equals("Page.loadEventFired"));
      dt.send("Page.navigate", "url", html.toUri().toString());
      loaded.join();

      assertThat(dt.eval("document.documentElement.getAttribute('data-lang')").asText()).isEqualTo("ja");
      assertThat(dt.eval("document.getElementById('controls').hidden").asBoolean())
          .as("the script shows the filter bar").isFalse();
      int all = dt.eval("document.querySelectorAll('tr.finding').length").asInt();
      assertThat(visibleRows(dt)).as("everything shows at first").isEqualTo(all).isGreaterThan(3);

      select(dt, "f-status", "FAIL");
      int fails = visibleRows(dt);
      assertThat(fails).isPositive().isLessThan(all);
      assertThat(dt.eval("[...document.querySelectorAll('tr.finding')].filter(r => !r.hidden)"
          + ".every(r => r.dataset.status === 'FAIL' && r.offsetParent !== null)").asBoolean())
          .as("only failures are left, each on screen (its box opened)").isTrue();
      assertThat(dt.eval("document.getElementById('f-count').textContent").asText()).contains("指摘 " + fails + " 件");

      select(dt, "f-status", "");
      select(dt, "f-baseline", "NEW");
      assertThat(visibleRows(dt)).as("one finding is new since the baseline").isEqualTo(1);
      select(dt, "f-baseline", "");
      assertThat(visibleRows(dt)).isEqualTo(all);

      dt.eval("document.querySelector('[data-set-lang=en]').click()");
      assertThat(dt.eval("document.documentElement.lang").asText()).isEqualTo("en");
      assertThat(dt.eval("document.title").asText()).startsWith("Cloud configuration report");
      assertThat(dt.eval("getComputedStyle(document.querySelector('h1 .ja')).display").asText()).isEqualTo("none");
      assertThat(dt.eval("getComputedStyle(document.querySelector('h1 .en')).display").asText()).isNotEqualTo("none");
      assertThat(dt.eval("document.getElementById('f-count').textContent").asText()).contains("findings shown");

      Files.createDirectories(SCREENSHOT.getParent());
      JsonNode shot = dt.send("Page.captureScreenshot", "format", "png");
      Files.write(SCREENSHOT, Base64.getDecoder().decode(shot.path("data").asText()));
      assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);
      dt.eval("document.getElementById('req-1.1').scrollIntoView(); true");
      JsonNode findings = dt.send("Page.captureScreenshot", "format", "png");
      Files.write(SCREENSHOT.resolveSibling("report-findings.png"),
          Base64.getDecoder().decode(findings.path("data").asText()));

      assertThat(errors(dt.events())).as("console errors and exceptions").isEmpty();

      // The probe: an error thrown in the page does reach the collector.
      var thrown = dt.event(e -> e.path("method").asText().equals("Runtime.exceptionThrown"));
      dt.eval("setTimeout(() => { throw new Error('probe'); }, 0); true");
      assertThat(errors(List.of(thrown.join()))).singleElement().asString().contains("probe");
    }
  }

  private static void select(DevTools dt, String id, String value) {
    dt.eval("(() => { const s = document.getElementById('" + id + "'); s.value = '" + value + "';"
        + " s.dispatchEvent(new Event('change')); return s.value; })()");
  }

  /** Rows the filters leave in (a row inside a folded box counts: the box opens when a filter picks it). */
  private static int visibleRows(DevTools dt) {
    return dt.eval("[...document.querySelectorAll('tr.finding')].filter(r => !r.hidden).length").asInt();
  }

  /** Uncaught exceptions, console.error calls and error log entries (CSP violations among them). */
  static List<String> errors(List<JsonNode> events) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : events) {
      String m = e.path("method").asText();
      JsonNode p = e.path("params");
      if (m.equals("Runtime.exceptionThrown")) {
        out.add("exception: " + p.path("exceptionDetails"));
      } else if (m.equals("Runtime.consoleAPICalled") && p.path("type").asText().equals("error")) {
        out.add("console.error: " + p.path("args"));
      } else if (m.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")) {
        out.add("log: " + p.path("entry").path("text").asText());
      } else if (m.equals("unparsable")) {
        out.add("unparsable DevTools message");
      }
    }
    return out;
  }
}
