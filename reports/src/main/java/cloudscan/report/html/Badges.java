package cloudscan.report.html;

import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.report.Labels;
import java.util.Locale;

/** Status badges: colour, a symbol and a text label, so no status rests on colour alone. */
final class Badges {

  private Badges() { }

  static void requirement(HtmlOut h, RequirementStatus s) {
    h.open("span", "class", "badge " + css("rs", s));
    h.el("span", Labels.symbol(s), "class", "sym", "aria-hidden", "true");
    h.bi(Labels.of(s)).close("span");
  }

  /** A requirement's verdict; an advisory one (3.7) reads "Advisory (not met)", in its own colour. */
  static void requirement(HtmlOut h, RequirementResult r) {
    h.open("span", "class", "badge " + css(r));
    h.el("span", Labels.symbol(r), "class", "sym", "aria-hidden", "true");
    h.bi(Labels.of(r)).close("span");
  }

  static void finding(HtmlOut h, Status s) {
    h.open("span", "class", "badge " + css("fs", s));
    h.el("span", Labels.symbol(s), "class", "sym", "aria-hidden", "true");
    h.bi(Labels.of(s)).close("span");
  }

  /** Marks a finding that the baseline did not have. */
  static void isNew(HtmlOut h) {
    h.open("span", "class", "badge new", "title", "新規（前回の結果になかった指摘） / New since the baseline");
    h.el("span", "★", "class", "sym", "aria-hidden", "true");
    h.bi("新規", "New").close("span");
  }

  static void severity(HtmlOut h, Severity s) {
    h.open("span", "class", "badge " + css("sev", s)).bi(Labels.of(s)).close("span");
  }

  /** {@code rs-not-met}, or {@code rs-advisory} for an advisory requirement that is not met. */
  static String css(RequirementResult r) {
    return Labels.advisoryMiss(r) ? "rs-advisory" : css("rs", r.status());
  }

  /** {@code rs-not-met}: the CSS class of an enum value under a prefix. */
  static String css(String prefix, Enum<?> e) {
    return prefix + "-" + e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
