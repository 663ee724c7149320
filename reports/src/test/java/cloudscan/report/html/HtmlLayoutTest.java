package cloudscan.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Lang;
import cloudscan.core.engine.ScanResult;
import cloudscan.report.ReportOptions;
import cloudscan.report.json.ResultReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's report (its report.json, read back) laid out by headless Chromium on a phone
 * (390 × 844, mobile) and on a desktop (1400 × 900): nothing makes the page wider than the screen
 * (a wide table scrolls inside its own box), every box opened included; on the phone the summary
 * fits the first screen and finding rows are cards. Screenshots: {@code target/screenshots/}.
 */
@Tag("browser")
class HtmlLayoutTest {

  private static final Path OUT = Path.of("target", "browser-layout");
  private static final Path SHOTS = Path.of("target", "screenshots");

  /** Elements sticking out of the screen sideways that are not inside a scrolling box (first 10). */
  private static final String OVERFLOWING = "(() => { const w = document.documentElement.clientWidth, out = [];"
      + " for (const e of document.querySelectorAll('body *')) {"
      + "   const r = e.getBoundingClientRect();"
      + "   if (r.width === 0 || (e.parentElement && e.parentElement.closest('.scroll'))) continue;"
      + "   if (r.right > w + 0.5 || r.left < -0.5)"
      + "     out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right) + ' in ' + e.parentElement.tagName + '.' + e.parentElement.className + '<' + e.parentElement.parentElement.tagName + '.' + e.parentElement.parentElement.className + ' ' + e.textContent.slice(0, 30)); }"
      + " return out.slice(0, 10).join('\\n'); })()";

  @TempDir Path tmp;
  static Path html;

  @BeforeAll static void render() throws Exception {
    byte[] demo;
    try (InputStream in = HtmlLayoutTest.class.getResourceAsStream("/demo/report.json")) {
      demo = in.readAllBytes();
    }
    ScanResult result = new ResultReader().read(demo, "demo/report.json");
    Files.createDirectories(OUT);
    new HtmlReportWriter().write(result, new ReportOptions(Lang.JA), OUT);
    html = OUT.resolve(HtmlReportWriter.FILE).toAbsolutePath();
  }

  @Test
  @Timeout(60)
  void phone_noSidewaysOverflow_summaryFitsTheFirstScreen_rowsAreCards() throws Exception {
    try (DevTools dt = open(390, 844, true)) {
      assertThat(dt.eval(OVERFLOWING).asText()).isEmpty();
      assertThat(dt.eval("document.documentElement.scrollWidth").asInt()).as("page width").isLessThanOrEqualTo(390);
      assertThat(dt.eval("document.getElementById('evidence').open").asBoolean()).as("evidence folded").isFalse();
      assertThat(dt.eval("document.querySelector('ul.finding-tiles').getBoundingClientRect().bottom").asDouble())
          .as("title, verdict counts and finding counts fit the first screen").isLessThanOrEqualTo(844);
      assertThat(dt.eval("getComputedStyle(document.querySelector('table.findings tr.finding')).display").asText())
          .isEqualTo("block");
      shot(dt, "report-390.png");
      dt.eval("document.getElementById('req-3.3').scrollIntoView(); true");
      shot(dt, "report-390-findings.png");

      openEverything(dt);
      assertThat(dt.eval("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(390);
      assertThat(dt.eval(OVERFLOWING).asText()).as("with every box open").isEmpty();
      assertThat(HtmlBrowserTest.errors(dt.events())).isEmpty();
    }
  }

  @Test
  @Timeout(60)
  void desktop_noOverflow_tablesFitWithoutScrolling_evidenceOpen() throws Exception {
    try (DevTools dt = open(1400, 900, false)) {
      assertThat(dt.eval("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(1400);
      assertThat(dt.eval(OVERFLOWING).asText()).isEmpty();
      assertThat(dt.eval("document.getElementById('evidence').open").asBoolean()).isTrue();
      assertThat(dt.eval("getComputedStyle(document.querySelector('table.findings tr.finding')).display").asText())
          .isEqualTo("table-row");
      shot(dt, "report-1400.png");

      openEverything(dt);
      assertThat(dt.eval(OVERFLOWING).asText()).as("with every box open").isEmpty();
      assertThat(dt.eval("[...document.querySelectorAll('.scroll')].filter(b => b.scrollWidth > b.clientWidth + 1)"
          + ".map(b => b.firstElementChild.className).join(' ')").asText())
          .as("on a desktop no table needs to scroll").isEmpty();
      assertThat(HtmlBrowserTest.errors(dt.events())).isEmpty();
    }
  }

  private DevTools open(int width, int height, boolean mobile) throws Exception {
    DevTools dt = DevTools.start(HtmlBrowserTest.requireChromium(), tmp.resolve("profile"));
    dt.send("Runtime.enable");
    dt.send("Log.enable");
    dt.send("Page.enable");
    dt.send("Emulation.setDeviceMetricsOverride", "width", width, "height", height, "deviceScaleFactor",
        mobile ? 2 : 1, "mobile", mobile);
    var loaded = dt.event(e -> e.path("method").asText().equals("Page.loadEventFired"));
    dt.send("Page.navigate", "url", html.toUri().toString());
    loaded.join();
    return dt;
  }

  private static void openEverything(DevTools dt) {
    dt.eval("document.querySelectorAll('details').forEach(d => d.open = true); window.scrollTo(0, 0); true");
  }

  private static void shot(DevTools dt, String name) throws Exception {
    Files.createDirectories(SHOTS);
    JsonNode png = dt.send("Page.captureScreenshot", "format", "png");
    Files.write(SHOTS.resolve(name), Base64.getDecoder().decode(png.path("data").asText()));
    assertThat(Files.size(SHOTS.resolve(name))).as(name).isGreaterThan(10_000);
  }
}
