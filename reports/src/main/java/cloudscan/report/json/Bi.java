package cloudscan.report.json;

import cloudscan.core.check.Text;

/** A text in both languages, as written to JSON: {@code {"ja": …, "en": …}}. */
record Bi(String ja, String en) {

  static Bi of(Text t) {
    return t == null ? null : new Bi(t.ja(), t.en());
  }
}
