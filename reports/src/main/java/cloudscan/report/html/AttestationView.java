package cloudscan.report.html;

import cloudscan.core.engine.AttestationState;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.waiver.Attestation;

/** The attestation a requirement needs: who said what, on which evidence, valid until when. */
final class AttestationView {

  private AttestationView() { }

  static void render(HtmlOut h, RequirementResult r) {
    AttestationState state = r.attestationState();
    if (state == AttestationState.NOT_NEEDED) {
      return;
    }
    Attestation a = r.attestation();
    if (a == null) {
      h.open("p", "class", "attestation missing").bi(
          "証明が未提出です。誰が・何を根拠に・いつまで有効かを attestations.yaml に記載してください。",
          "No attestation given. Record who attests, on what evidence, valid until when, in "
              + "attestations.yaml.").close("p");
      return;
    }
    h.open("div", "class", "attestation " + (state == AttestationState.VALID ? "valid" : "expired"));
    h.open("dl");
    h.open("dt").bi("証明の内容", "Statement").close("dt").el("dd", a.statement());
    h.open("dt").bi("証明者", "Attested by").close("dt").el("dd", a.attestedBy());
    h.open("dt").bi("有効期限", "Valid until").close("dt").open("dd").text(a.validUntil());
    if (state == AttestationState.EXPIRED) {
      h.text(" ").open("strong").bi("（期限切れ）", "(expired)").close("strong");
    }
    h.close("dd");
    if (!a.evidence().isEmpty()) {
      h.open("dt").bi("根拠資料", "Evidence").close("dt").open("dd").open("ul");
      // references are shown as text, never as links: the page makes no outside request
      a.evidence().forEach(e -> h.open("li").text(e.description()).text(": ")
          .el("code", e.reference()).close("li"));
      h.close("ul").close("dd");
    }
    h.close("dl").close("div");
  }
}
