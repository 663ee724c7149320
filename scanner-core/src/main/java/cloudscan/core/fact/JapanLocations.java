package cloudscan.core.fact;

import java.util.Locale;
import java.util.Set;

/**
 * Per-cloud knowledge of which locations are in Japan, including the traps: AWS Local Zones whose
 * parent region is Tokyo but which stand abroad (ap-northeast-1-tpe-1 is Taipei), {@code global}
 * locations, GCS multi-region {@code ASIA} versus dual-region {@code ASIA1}, Azure {@code global}.
 */
public final class JapanLocations {

  private static final Set<String> AWS_JAPAN = Set.of("ap-northeast-1", "ap-northeast-3");
  private static final Set<String> AZURE_JAPAN = Set.of("japaneast", "japanwest");
  private static final Set<String> GCP_JAPAN = Set.of("asia-northeast1", "asia-northeast2", "asia1");

  private JapanLocations() { }

  public static Residency judge(Cloud cloud, String location, String zone) {
    if (location == null || location.isBlank()) {
      return Residency.UNKNOWN;
    }
    String loc = location.toLowerCase(Locale.ROOT).trim();
    return switch (cloud) {
      case AWS -> aws(loc, zone == null ? null : zone.toLowerCase(Locale.ROOT));
      case AZURE -> azure(loc);
      case GCP -> gcp(loc, zone == null ? null : zone.toLowerCase(Locale.ROOT));
    };
  }

  public static boolean inJapan(Cloud cloud, String location) {
    return judge(cloud, location, null) == Residency.JAPAN;
  }

  private static Residency aws(String region, String zone) {
    if (region.equals("global") || region.equals("aws-global")) {
      return Residency.GLOBAL;
    }
    if (zone != null && !zone.isBlank()) {
      Residency z = awsZone(zone);
      if (z != Residency.JAPAN) {
        return z;
      }
    }
    if (AWS_JAPAN.contains(region)) {
      return Residency.JAPAN;
    }
    return region.matches("[a-z]{2}(-gov)?-[a-z]+-\\d") ? Residency.ABROAD : Residency.UNKNOWN;
  }

  /**
   * Availability zones look like {@code ap-northeast-1a}; Local Zones like
   * {@code ap-northeast-1-tpe-1a} (city code after the parent region); Wavelength zones like
   * {@code ap-northeast-1-wl1-nrt-wlz-1}. A Local Zone is in Japan only if its city is.
   */
  private static Residency awsZone(String zone) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^([a-z]{2}(?:-gov)?-[a-z]+-\\d)(.*)$").matcher(zone);
    if (!m.matches()) {
      return Residency.UNKNOWN;
    }
    String parent = m.group(1);
    String rest = m.group(2);
    if (rest.matches("[a-z]")) {
      return AWS_JAPAN.contains(parent) ? Residency.JAPAN : Residency.ABROAD;
    }
    // Local Zone (-tpe-1a) or Wavelength (-wl1-nrt-wlz-1): judge the city code.
    java.util.regex.Matcher city =
        java.util.regex.Pattern.compile("^-(?:wl\\d+-)?([a-z]{3})-").matcher(rest);
    if (!city.find()) {
      return Residency.UNKNOWN;
    }
    String code = city.group(1);
    return JAPAN_CITY_CODES.contains(code)
        ? Residency.JAPAN : Residency.ABROAD;
  }

  /** Airport-style city codes of places in Japan used in AWS zone names (Tokyo, Osaka, Nagoya…). */
  private static final Set<String> JAPAN_CITY_CODES =
      Set.of("nrt", "hnd", "tyo", "kix", "itm", "osa", "ngo", "fuk", "cts", "oka");

  private static Residency azure(String location) {
    String loc = location.replace(" ", "");
    if (AZURE_JAPAN.contains(loc)) {
      return Residency.JAPAN;
    }
    if (loc.equals("global")) {
      return Residency.GLOBAL;
    }
    return loc.matches("[a-z0-9]+") ? Residency.ABROAD : Residency.UNKNOWN;
  }

  private static Residency gcp(String location, String zone) {
    if (zone != null && !zone.isBlank()) {
      String zoneRegion = zone.replaceAll("-[a-z]$", "");
      if (!GCP_JAPAN.contains(zoneRegion)) {
        return zoneRegion.matches("[a-z]+-[a-z]+\\d+") ? Residency.ABROAD : Residency.UNKNOWN;
      }
    }
    if (GCP_JAPAN.contains(location)) {
      return Residency.JAPAN;
    }
    if (location.equals("global")) {
      return Residency.GLOBAL;
    }
    // Multi-regions (ASIA, EU, US) store data anywhere on that continent: abroad. ASIA1 (Tokyo +
    // Osaka dual-region) is the Japanese one and was matched above.
    if (location.equals("asia") || location.equals("eu") || location.equals("us")) {
      return Residency.ABROAD;
    }
    return location.matches("[a-z]+-[a-z]+\\d+|[a-z]+\\d+|nam\\d+|eur\\d+")
        ? Residency.ABROAD : Residency.UNKNOWN;
  }
}
