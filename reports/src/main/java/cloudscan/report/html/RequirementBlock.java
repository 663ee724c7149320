package cloudscan.report.html;

import cloudscan.core.catalog.Requirement;
import cloudscan.core.check.Text;
import cloudscan.core.engine.CheckOutcome;
import cloudscan.core.engine.RequirementResult;
import cloudscan.report.Labels;
import cloudscan.report.ResultIndex;
import java.util.List;

/** One requirement: label, text, assessment kind, status, attestation and its checks. */
final class RequirementBlock {

  private RequirementBlock() { }

  static String anchor(Requirement r) {
    return "req-" + r.id().value();
  }

  static void render(HtmlOut h, RequirementResult r, ResultIndex index) {
    Requirement req = r.requirement();
    h.open("section", "class", "req " + Badges.css(r), "id", anchor(req),
        "data-req", req.id().value(), "data-status", r.status().name());
    h.open("div", "class", "req-head");
    h.open("h3");
    h.open("span", "class", "label").bi(ResultIndex.label(req), req.id().value()).close("span");
    h.text(" ");
    Badges.requirement(h, r);
    h.close("h3");
    h.open("p", "class", "req-text").bi(req.text()).close("p");
    h.open("ul", "class", "facts");
    h.open("li").bi("評価方法: ", "Assessment: ").bi(Labels.of(req.assessment())).close("li");
    if (req.assessment().needsAttestation()) {
      h.open("li").bi("証明: ", "Attestation: ").bi(Labels.of(r.attestationState())).close("li");
    }
    if (req.advisory()) {
      h.open("li", "class", "advisory").bi("参考扱い（CIの合否には使わない）",
          "Advisory (never fails a CI gate)").close("li");
    }
    h.close("ul");
    h.close("div");
    AttestationView.render(h, r);
    List<CheckOutcome> checks = index.checksOf(r);
    if (checks.isEmpty()) {
      h.open("p", "class", "note").bi(Text.of(
          "この要件を自動で判定するチェックはありません。",
          "No automated check covers this requirement.")).close("p");
    }
    for (CheckOutcome o : checks) {
      CheckBlock.render(h, o, index.result().baseline());
    }
    h.close("section");
  }
}
