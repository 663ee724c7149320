package cloudscan.report.html;

import cloudscan.core.check.Text;
import cloudscan.core.snapshot.ScannedScope;
import cloudscan.core.provider.SkippedLocation;
import cloudscan.core.snapshot.ProviderRun;
import cloudscan.report.Labels;
import cloudscan.report.Times;
import java.util.Map;

/** One provider's run: identity, times, scopes scanned and skipped, API calls. */
final class RunView {

  private RunView() { }

  static void render(HtmlOut h, ProviderRun run) {
    h.open("div", "class", "run");
    h.open("h3").bi("プロバイダ: ", "Provider: ").el("code", run.provider()).close("h3");
    h.open("dl", "class", "kv");
    h.open("dt").bi("診断に使った ID", "Identity").close("dt").open("dd").el("code", run.identity())
        .close("dd");
    h.open("dt").bi("開始", "Started").close("dt").el("dd", Times.human(run.startedAt()));
    h.open("dt").bi("終了", "Finished").close("dt").el("dd", Times.human(run.finishedAt()));
    h.open("dt").bi("API 呼び出し", "API calls").close("dt").el("dd", run.totalApiCalls());
    h.close("dl");
    h.biEl("h4", Text.of("診断した範囲（" + run.scopes().size() + "）",
        "Scopes scanned (" + run.scopes().size() + ")"));
    h.open("ul", "class", "scopes");
    for (ScannedScope s : run.scopes()) {
      h.open("li").el("code", s.scope()).close("li");
    }
    h.close("ul");
    if (!run.skipped().isEmpty()) {
      h.biEl("h4", Text.of("診断しなかった範囲", "Skipped locations"));
      Tables.head(h, "skipped", Text.of("アカウント", "Account"), Text.of("リージョン", "Location"),
          Text.of("理由", "Reason"), Text.of("判定への影響", "Effect"),
          Text.of("プロバイダの記録（原文）", "Provider's note"));
      for (SkippedLocation s : run.skipped()) {
        h.open("tr").el("td", s.account()).el("td", s.location()).open("td").bi(Labels.of(s.cause())).close("td")
            .open("td").bi(s.cause().inEstate()
                ? Text.of("未確認（ここのリソースは判定されていません）", "Never examined (resources there were not judged)")
                : Text.of("診断の対象外", "Not part of the estate")).close("td")
            .open("td").el("span", s.reason(), "class", "original")
            .text(s.evidence() == null ? "" : " / " + s.evidence()).close("td").close("tr");
      }
      Tables.end(h);
    }
    if (!run.apiCalls().isEmpty()) {
      h.biEl("h4", Text.of("API 呼び出し回数", "API calls by operation"));
      Tables.head(h, "api-calls", Text.of("操作", "Operation"), Text.of("回数", "Calls"));
      for (Map.Entry<String, Long> e : run.apiCalls().entrySet()) {
        h.open("tr").open("td").el("code", e.getKey()).close("td")
            .el("td", e.getValue(), "class", "num").close("tr");
      }
      Tables.end(h);
    }
    h.close("div");
  }
}
