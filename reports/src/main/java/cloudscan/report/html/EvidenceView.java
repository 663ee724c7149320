package cloudscan.report.html;

import cloudscan.core.check.Text;
import cloudscan.report.EvidenceHeader;

/**
 * The evidence header at the top of the page ({@link EvidenceHeader}): what was judged, when, by
 * whom and where. Open by default (and in print); the script folds it on a phone so the summary
 * fits the first screen.
 */
final class EvidenceView {

  private EvidenceView() { }

  static void render(HtmlOut h, EvidenceHeader header) {
    h.open("details", "class", "evidence", "id", "evidence", "open", "");
    h.open("summary").bi("証跡の情報（収集日時・ID・診断した範囲）", "Evidence (collection time, identity, scope)")
        .close("summary");
    h.open("dl", "class", "kv");
    for (EvidenceHeader.Item item : header.items()) {
      h.open("dt", "data-key", item.key()).bi(item.label()).close("dt");
      h.open("dd", "data-key", item.key());
      Text v = item.value();
      if (item.code()) {
        h.open("code");
      }
      if (v.ja().equals(v.en())) {
        h.text(v.ja());
      } else {
        h.bi(v);
      }
      if (item.code()) {
        h.close("code");
      }
      h.close("dd");
    }
    h.close("dl").close("details");
  }
}
