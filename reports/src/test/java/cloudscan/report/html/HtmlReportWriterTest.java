package cloudscan.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import cloudscan.core.check.Lang;
import cloudscan.report.fixture.Reports;
import cloudscan.report.fixture.SampleResult;
import cloudscan.report.fixture.TestCatalog;
import java.nio.file.Path;
import cloudscan.core.fact.Located;
import cloudscan.report.ReportOptions;
import cloudscan.report.fixture.EnglishWords;
import cloudscan.report.fixture.FakeChecks;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

  @TempDir static Path ja;
  @TempDir static Path en;
  static String html;
  static Document doc;

  @BeforeAll static void write() {
    Reports.write(new HtmlReportWriter(), Lang.JA, ja);
    Reports.write(new HtmlReportWriter(), Lang.EN, en);
    html = Reports.read(ja.resolve("report.html"));
    doc = Jsoup.parse(html);
  }

  @Test void withBaseline_newFindingsGetABadge_resolvedAreListed(@TempDir Path d) throws Exception {
    new HtmlReportWriter().write(SampleResult.withBaseline(), new cloudscan.report.ReportOptions(Lang.EN), d);
    Document b = Jsoup.parse(Reports.read(d.resolve("report.html")));
    List<Element> marked = b.select("tr.finding:has(.badge.new)");
    assertThat(marked).hasSize(1);
    assertThat(marked.get(0).select("td.res code").text()).isEqualTo(SampleResult.XSS_ID);
    assertThat(marked.get(0).attr("data-baseline")).isEqualTo("NEW");
    assertThat(b.select("tr.finding[data-baseline=UNCHANGED]")).isNotEmpty();
    assertThat(b.select("#f-baseline option").eachAttr("value")).containsExactly("", "NEW", "UNCHANGED");
    assertThat(b.select(".tiles.baseline .n").eachText()).containsExactly("1", "3", "1");
    assertThat(b.select("table.resolved tr.resolved-row code").eachText()).anyMatch(t -> t.contains("old-export"));
  }

  @Test void withoutBaseline_noBadgeNoFilter() {
    assertThat(doc.select(".badge.new, #f-baseline, .tiles.baseline, [data-baseline]")).isEmpty();
  }

  @Test void everyRequirement_hasABlock_inCatalogOrder_withItsCityLabel() {
    List<String> labels = TestCatalog.fujisawa().requirements().stream().map(r -> r.label()).toList();
    assertThat(labels).hasSize(24);
    assertThat(doc.select("section.req .label span.ja").eachText()).containsExactlyElementsOf(labels);
    assertThat(doc.select("section.req").eachAttr("data-req")).hasSize(24).startsWith("1.1").endsWith("3.13");
  }

  @Test void scriptInResourceId_isEscapedText_neverMarkup() {
    assertThat(html).doesNotContain(SampleResult.XSS_ID).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("td.res code").eachText()).contains(SampleResult.XSS_ID);
  }

  @Test void page_loadsNothingFromOutside() {
    assertThat(Pattern.compile("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(html).find()).isFalse();
    assertThat(html).doesNotContainPattern("(?i)url\\(|@import");
    assertThat(doc.select("link, img, iframe, object, embed, [src]")).isEmpty();
    assertThat(doc.select("a[href]").eachAttr("href")).allSatisfy(h -> assertThat(h).startsWith("#"));
  }

  @Test void contentSecurityPolicy_allowsOnlyTheInlineScriptAndStyle() {
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).startsWith("default-src 'none'")
        .contains("script-src '" + Assets.sha256(doc.selectFirst("script").data()) + "'")
        .contains("style-src '" + Assets.sha256(doc.selectFirst("style").data()) + "'");
  }

  @Test void bothLanguages_areEmbedded_japaneseFirst() {
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ja");
    assertThat(html).contains("要件ごとの結果", "Results by requirement",
        "情報の取扱い場所は国内かつ国内法の適用範囲のみを可能とすること。",
        "Information is handled only in Japan, where Japanese law applies.");
    assertThat(doc.select("span.ja[lang=ja]").size()).isEqualTo(doc.select("span.en[lang=en]").size());
  }

  @Test void englishOption_opensInEnglish() {
    Document d = Jsoup.parse(Reports.read(en.resolve("report.html")));
    assertThat(d.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(d.title()).startsWith("Cloud configuration report");
  }

  @Test void statusBadges_carryTextNotOnlyColour() {
    Element badge = doc.selectFirst("#req-1\\.1 h3 .badge");
    assertThat(badge.classNames()).contains("rs-not-met");
    assertThat(badge.select("span.ja").text()).isEqualTo("不適合");
    assertThat(badge.select("span.en").text()).isEqualTo("Not met");
  }

  @Test void waivedFinding_showsApproverAndExpiry() {
    Element row = doc.select("tr.finding[data-status=WAIVED]").first();
    assertThat(row.text()).contains(SampleResult.APPROVER, "2026-12-31");
  }

  @Test void findingRows_carryFilterAttributes() {
    Element row = doc.select("tr.finding[data-status=FAIL]").first();
    assertThat(row.attributes().asList()).extracting(a -> a.getKey())
        .contains("data-status", "data-cloud", "data-account", "data-severity");
    assertThat(doc.select("#f-account option").eachAttr("value")).contains("", "111122223333", "sub-1");
  }

  @Test void attestation_stateAndEvidence_areShown_evidenceAsTextOnly() {
    assertThat(doc.select("#req-1\\.2 .attestation.valid").text()).contains("情報政策課", "2027-03-31",
        "https://example.com/cert.pdf");
    assertThat(doc.select("#req-2\\.1 .attestation.expired")).hasSize(1);
    assertThat(doc.select("#req-2\\.2 .attestation.missing")).hasSize(1);
  }

  @Test void collectionSection_showsIdentitySkippedGapsAndApiCalls() {
    String text = doc.select("#collection").text();
    assertThat(text).contains("arn:aws:sts::111122223333:assumed-role/Audit/ci", "ap-east-1",
        "region not enabled", "ec2:DescribeSecurityGroups", "not authorized & <denied>",
        "2026-06-01 08:59:00 JST");
  }

  @Test void notApplicableCheck_andUncoveredRequirement_sayWhy() {
    assertThat(doc.select("#req-3\\.2 tr.finding[data-status=UNKNOWN]")).hasSize(1);
    assertThat(doc.select("#req-2\\.2 p.note").text()).contains("自動で判定するチェックはありません");
  }

  @Test void withinACheck_failuresFirst_thenReviews_thenPasses() {
    List<String> statuses = doc.select("#req-1\\.1 .check[data-check=test.outside-japan] tr.finding")
        .eachAttr("data-status");
    assertThat(statuses).containsExactly("FAIL", "WARN", "PASS", "PASS");
    assertThat(doc.select("#req-1\\.1 details.open-findings").attr("open")).isNotNull();
    assertThat(doc.select("#req-1\\.1 details.passes tr.finding").eachAttr("data-status")).containsOnly("PASS");
  }

  @Test void advisoryRequirement_readsAdvisory_notAPlainNotMet(@TempDir Path d) throws Exception {
    new HtmlReportWriter().write(SampleResult.judge(List.of(FakeChecks.singleZone()),
        Located.regional(SampleResult.resource("ap-northeast-1", "zonal-db", "db-1"))), new ReportOptions(Lang.JA), d);
    Document a = Jsoup.parse(Reports.read(d.resolve("report.html")));
    Element badge = a.selectFirst("#req-3\\.7 h3 .badge");
    assertThat(badge.classNames()).contains("rs-advisory").doesNotContain("rs-not-met");
    assertThat(badge.select("span.ja").text()).isEqualTo("参考（不適合）");
    assertThat(badge.select("span.en").text()).isEqualTo("Advisory (not met)");
    assertThat(a.select("tr.ov-row[data-req=3.7] .badge.rs-advisory")).hasSize(1);
    assertThat(a.select(".tiles .tile.rs-advisory .n").text()).isEqualTo("1");
    assertThat(a.select(".tiles .tile.rs-not-met .n").text()).isEqualTo("0");
  }

  @Test void largeCheck_listsAtMostAHundredOpenFindings_countsThePasses(@TempDir Path d) throws Exception {
    new HtmlReportWriter().write(cloudscan.report.scale.LargeReport.result(5_000), new ReportOptions(Lang.EN), d);
    Document big = Jsoup.parse(Reports.read(d.resolve("report.html")));
    Element check = big.selectFirst("#req-1\\.1 .check[data-check=test.bulk]");
    assertThat(check.select("tr.finding")).hasSize(CheckBlock.LISTED);
    assertThat(check.select("details.open-findings").attr("open")).as("a long list starts folded").isEmpty();
    assertThat(check.select("details.open-findings summary").text()).contains("(500)");
    assertThat(check.select("p.more").text()).contains("400 more not shown", "report.csv", "report.json");
    assertThat(check.select("p.passes").text()).contains("Passing resources (4500)", "report.csv");
    assertThat(check.select("details.passes")).isEmpty();
  }

  @Test void evidenceHeader_bindsTheReportToItsSnapshot() {
    Element ev = doc.selectFirst("header.top details#evidence[open]");
    assertThat(ev.select("dt").eachAttr("data-key")).containsExactly("evaluatedAt", "collectedAt", "identity",
        "accounts", "locations", "neverExamined", "snapshot");
    assertThat(ev.select("dd[data-key=collectedAt]").text()).isEqualTo("2026-06-01 08:58:00 JST – 2026-06-01 08:59:00 JST");
    assertThat(ev.select("dd[data-key=identity]").text()).contains("arn:aws:sts::111122223333:assumed-role/Audit/ci");
    assertThat(ev.select("dd[data-key=accounts] .ja").text()).isEqualTo("1 件: aws 111122223333");
    assertThat(ev.select("dd[data-key=locations] .ja").text()).isEqualTo("2 件: aws ap-northeast-1、aws ap-northeast-3");
    // us-east-1 was left out by the user: part of the estate, never examined. ap-east-1 is not enabled: not in the estate.
    assertThat(ev.select("dd[data-key=neverExamined] .en").text())
        .isEqualTo("1: 111122223333 us-east-1 (Not selected for the scan)");
  }

  @Test void gapsAndSkippedLocations_areExplainedInJapanese_providerWordsMarkedAsOriginal() {
    Element gap = doc.selectFirst("table.gaps tbody tr");
    assertThat(gap.select("td").get(3).select(".ja").text()).isEqualTo("権限がなく拒否されました");
    assertThat(gap.select(".original").text()).isEqualTo("not authorized & <denied>");
    assertThat(doc.select("table.skipped tbody tr").get(0).select(".ja").eachText())
        .containsExactly("有効化されていないオプトインリージョン", "診断の対象外");
    assertThat(doc.select("table.skipped tbody tr").get(1).select(".ja").eachText())
        .containsExactly("スキャン対象に選ばれていません", "未確認（ここのリソースは判定されていません）");
  }

  /**
   * What a reader of the Japanese page sees (English spans hidden) has no English words of the
   * report's own: the only ones left come from the data (IDs, names, the providers' messages and
   * notes, waivers and attestations as written) or are file names and abbreviations.
   */
  @Test void japanesePage_hasNoEnglishOfItsOwn() {
    Document d = Jsoup.parse(html);
    d.select("span.en, script, style, [data-set-lang]").remove();
    Set<String> allowed = EnglishWords.ofData(Reports.sample());
    StringBuilder visible = new StringBuilder();
    d.body().getAllElements().forEach(e -> e.textNodes().forEach(t -> visible.append(t.text()).append(' ')));
    assertThat(EnglishWords.in(visible.toString())).isSubsetOf(allowed);
  }
}
