package cloudscan.report.html;

import cloudscan.core.check.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * A tiny HTML writer that escapes by construction: every text and attribute value goes through
 * {@link #escape}; tag and attribute names must be plain identifiers (they are constants in this
 * package). Only {@link #trusted} writes unescaped, and only the page's own CSS and JS go there.
 * Resource names come from the cloud and are untrusted: they never reach the page any other way.
 *
 * <p>It writes straight to its {@link Appendable} (a file's writer), so a page of any size is
 * never held in memory; an {@link IOException} surfaces as an {@link UncheckedIOException}.
 */
final class HtmlOut {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private final Appendable out;

  /** Writes into a string ({@link #toString()}): for tests. */
  HtmlOut() {
    this(new StringBuilder());
  }

  HtmlOut(Appendable out) {
    this.out = out;
  }

  /** Escapes for both text and double- or single-quoted attribute values. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    escape(s, out);
    return out.toString();
  }

  private static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\u0000' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
  }

  /** Opens {@code tag} with name/value attribute pairs; a null value omits the attribute. */
  HtmlOut open(String tag, String... attrs) {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    StringBuilder b = new StringBuilder(64).append('<').append(name(tag));
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        b.append(' ').append(name(attrs[i])).append("=\"");
        escape(attrs[i + 1], b);
        b.append('"');
      }
    }
    return put(b.append('>'));
  }

  HtmlOut close(String tag) {
    return put("</" + name(tag) + ">");
  }

  HtmlOut text(Object s) {
    return put(escape(s == null ? "" : s.toString()));
  }

  /** {@code <tag attrs>text</tag>}. */
  HtmlOut el(String tag, Object text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  /** Both languages, each in its own span; CSS shows the one the page is switched to. */
  HtmlOut bi(Text t) {
    return bi(t.ja(), t.en());
  }

  HtmlOut bi(String ja, String en) {
    open("span", "class", "ja", "lang", "ja").text(ja).close("span");
    return open("span", "class", "en", "lang", "en").text(en).close("span");
  }

  /** {@code <tag class=...>} with a bilingual body. */
  HtmlOut biEl(String tag, Text t, String... attrs) {
    return open(tag, attrs).bi(t).close(tag);
  }

  /** Writes this package's own constant markup, CSS or JS. Never pass data here. */
  HtmlOut trusted(String constant) {
    return put(constant);
  }

  private HtmlOut put(CharSequence s) {
    try {
      out.append(s);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(String n) {
    if (!NAME.matcher(n).matches()) {
      throw new IllegalArgumentException("not a tag/attribute name: " + n);
    }
    return n;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
