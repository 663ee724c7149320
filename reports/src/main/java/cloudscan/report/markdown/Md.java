package cloudscan.report.markdown;

/**
 * Markdown text that renders as itself: resource names come from the cloud, so none may become
 * a link, an image, an HTML tag, a mention ({@code @team}), math ({@code $…$}) or a new table cell.
 */
final class Md {

  private static final String PUNCTUATION = "\\`*_[]|@$~!(){}#";

  private Md() { }

  /** Escapes text for a table cell or a line; line breaks become spaces. */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r', '\n', '\t' -> out.append(' ');
        default -> {
          if (cp < 128 && PUNCTUATION.indexOf(cp) >= 0) {
            out.append('\\');
          }
          out.appendCodePoint(cp);
        }
      }
    });
    return out.toString();
  }

  /** The first {@code max} characters of {@code s} (whole code points), with an ellipsis if cut. */
  static String shorten(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max)) + "…";
  }

  /** One table row from already-escaped cells. */
  static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
