package cloudscan.report.html;

import cloudscan.core.check.Text;
import cloudscan.core.engine.ScanResult;
import cloudscan.core.snapshot.Gap;
import cloudscan.core.snapshot.SnapshotHeader;
import cloudscan.core.waiver.Waiver;
import cloudscan.report.Labels;
import cloudscan.report.Times;

/** How the evidence was gathered: scan metadata per provider run, collection gaps, expired waivers. */
final class CollectionSection {

  private CollectionSection() { }

  static void render(HtmlOut h, ScanResult result) {
    SnapshotHeader head = result.snapshot();
    h.open("section", "id", "collection", "aria-labelledby", "collection-h");
    h.biEl("h2", Text.of("収集の記録", "How the evidence was collected"), "id", "collection-h");
    h.open("dl", "class", "kv");
    h.open("dt").bi("スナップショット作成", "Snapshot created").close("dt")
        .el("dd", Times.human(head.createdAt()));
    h.open("dt").bi("ツールのバージョン", "Tool version").close("dt").el("dd", head.toolVersion());
    h.open("dt").bi("形式のバージョン", "Format version").close("dt").el("dd", head.formatVersion());
    h.close("dl");
    head.runs().forEach(run -> RunView.render(h, run));
    gaps(h, result);
    expiredWaivers(h, result);
    h.close("section");
  }

  private static void gaps(HtmlOut h, ScanResult result) {
    h.biEl("h3", Text.of("収集できなかった項目（" + result.gaps().size() + "件）",
        "Collection gaps (" + result.gaps().size() + ")"), "id", "gaps");
    if (result.gaps().isEmpty()) {
      h.open("p", "class", "note").bi("ありません。", "None.").close("p");
      return;
    }
    h.open("p", "class", "note").bi(
        "ここに挙げた範囲は「見つからなかった」のではなく「確認できなかった」ものです。関係するチェックは判定不能になります。",
        "These were not found empty: they could not be looked at. Dependent checks read unknown.")
        .close("p");
    Tables.head(h, "gaps", Text.of("範囲", "Scope"), Text.of("サービス", "Service"),
        Text.of("操作", "Operation"), Text.of("原因", "Cause"),
        Text.of("クラウドの応答（原文）", "Provider's message"), Text.of("影響する事実", "Fact kinds"));
    for (Gap g : result.gaps()) {
      h.open("tr").open("td").el("code", g.scope()).close("td").el("td", g.service())
          .el("td", g.operation()).open("td").bi(Labels.of(g.kind())).close("td")
          .open("td").el("span", g.message(), "class", "original").close("td")
          .el("td", String.join(", ", g.factKinds())).close("tr");
    }
    Tables.end(h);
  }

  private static void expiredWaivers(HtmlOut h, ScanResult result) {
    if (result.expiredWaivers().isEmpty()) {
      return;
    }
    h.biEl("h3", Text.of("期限切れの例外承認", "Expired waivers"), "id", "expired-waivers");
    h.open("p", "class", "note").bi("期限切れの承認は不合格を隠しません。",
        "An expired waiver hides no failure.").close("p");
    Tables.head(h, "waivers", Text.of("チェック", "Check"), Text.of("対象", "Resources"),
        Text.of("承認者", "Approved by"), Text.of("期限", "Expired"), Text.of("記載箇所", "Source"));
    for (Waiver w : result.expiredWaivers()) {
      h.open("tr").open("td").el("code", w.checkId()).close("td").el("td", w.resourcePattern())
          .el("td", w.approvedBy()).el("td", w.expires()).el("td", w.source()).close("tr");
    }
    Tables.end(h);
  }
}
