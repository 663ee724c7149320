package cloudscan.core.check;

import java.util.Locale;

public enum Lang {
  JA, EN;

  public static Lang parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "ja" -> JA;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("language '" + s + "' (expected ja or en)");
    };
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
