package cloudscan.core.fact;

import java.util.Locale;

/** The clouds cloudscan knows how to judge. Residency rules per cloud live in {@link JapanLocations}. */
public enum Cloud {
  AWS("aws"),
  AZURE("azure"),
  GCP("gcp");

  private final String id;

  Cloud(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Cloud fromId(String id) {
    for (Cloud c : values()) {
      if (c.id.equals(id.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown cloud '" + id + "' (expected aws, azure or gcp)");
  }

  @Override
  public String toString() {
    return id;
  }
}
