package cloudscan.core.check;

import java.util.Objects;

/** A short text in Japanese and English. Reports choose the language; both are always present. */
public record Text(String ja, String en) {

  public Text {
    Objects.requireNonNull(ja, "ja");
    Objects.requireNonNull(en, "en");
  }

  public static Text of(String ja, String en) {
    return new Text(ja, en);
  }

  /** A language-neutral value (a port list, an ID) shown as is in both languages. */
  public static Text same(String value) {
    return new Text(value, value);
  }

  public String in(Lang lang) {
    return lang == Lang.JA ? ja : en;
  }

  /** Appends {@code suffix}'s text in each language. */
  public Text append(Text suffix) {
    return new Text(ja + suffix.ja, en + suffix.en);
  }

  /** Appends {@code suffix} to both languages. */
  public Text append(String suffix) {
    return new Text(ja + suffix, en + suffix);
  }
}
