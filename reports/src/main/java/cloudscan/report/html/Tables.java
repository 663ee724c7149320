package cloudscan.report.html;

import cloudscan.core.check.Text;

/**
 * A plain table with a bilingual header row, inside its own horizontally scrolling box: a wide
 * table on a phone scrolls by itself and never widens the page.
 */
final class Tables {

  private Tables() { }

  static void head(HtmlOut h, String cssClass, Text... columns) {
    h.open("div", "class", "scroll");
    h.open("table", "class", cssClass).open("thead").open("tr");
    for (Text c : columns) {
      h.biEl("th", c, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
  }

  static void end(HtmlOut h) {
    h.close("tbody").close("table").close("div");
  }
}
