package cloudscan.core.fact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Per-cloud knowledge of which locations are in Japan, including the traps: AWS Local Zones whose
 * parent region is Tokyo but which stand abroad (ap-northeast-1-tpe-1 is Taipei), {@code global}
 * locations, GCS multi-region {@code ASIA} versus dual-region {@code ASIA1}, Azure {@code global}.
 * A name it does not know is {@link Residency#UNKNOWN}, never Japan.
 */
public final class JapanLocations {

  private static final Set<String> AWS_JAPAN = Set.of("ap-northeast-1", "ap-northeast-3");
  /** Short region codes of AZ IDs ({@code apne1-az1}). */
  private static final Set<String> AWS_JAPAN_AZ_ID = Set.of("apne1", "apne3");
  /** {@code japan} is Azure's geography that holds only Japan East and Japan West. */
  private static final Set<String> AZURE_JAPAN = Set.of("japaneast", "japanwest", "japan");
  private static final Set<String> GCP_JAPAN = Set.of("asia-northeast1", "asia-northeast2", "asia1");
  /** GCS and Cloud KMS multi-regions: data anywhere on a continent (or three), so abroad. */
  private static final Set<String> GCP_MULTI_REGIONS = Set.of("asia", "eu", "europe", "us", "nam-eur-asia1");

  /** Airport-style city codes of places in Japan used in AWS zone names (Tokyo, Osaka, Nagoya…). */
  private static final Set<String> JAPAN_CITY_CODES =
      Set.of("nrt", "hnd", "tyo", "kix", "itm", "osa", "ngo", "fuk", "cts", "oka");

  private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d");
  private static final Pattern AWS_ZONE = Pattern.compile("^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d)(.*)$");
  private static final Pattern AWS_CITY = Pattern.compile("^-(?:wl\\d+-)?([a-z]{3})-");
  /** AZ IDs: {@code apne1-az1}, Local Zone {@code apne1-tpe1-az1}, Wavelength {@code apne1-wl1-nrt-wlz1}. */
  private static final Pattern AWS_ZONE_ID =
      Pattern.compile("^([a-z]+\\d)-(?:(?:wl\\d+-)?([a-z]{3})\\d*-)?(?:az|wlz)\\d+$");
  private static final Pattern GCP_ZONE = Pattern.compile("([a-z]+-[a-z]+\\d+)-[a-z]");

  private JapanLocations() { }

  /**
   * Judges where {@code location} (a region, or a zone given as location) and, when known, the
   * finer {@code zone} of a resource are. The zone wins over its parent region.
   */
  public static Residency judge(Cloud cloud, String location, String zone) {
    if (location == null || location.isBlank()) {
      return Residency.UNKNOWN;
    }
    String loc = location.toLowerCase(Locale.ROOT).trim();
    String z = zone == null || zone.isBlank() ? null : zone.toLowerCase(Locale.ROOT).trim();
    return switch (cloud) {
      case AWS -> aws(loc, z);
      case AZURE -> azure(loc);
      case GCP -> gcp(loc, z);
    };
  }

  public static boolean inJapan(Cloud cloud, String location) {
    return judge(cloud, location, null) == Residency.JAPAN;
  }

  private static Residency aws(String region, String zone) {
    if (region.equals("global") || region.equals("aws-global")) {
      return Residency.GLOBAL;
    }
    if (zone != null) {
      Residency z = awsZone(zone);
      if (z != Residency.JAPAN) {
        return z;
      }
    }
    if (AWS_JAPAN.contains(region)) {
      return Residency.JAPAN;
    }
    if (AWS_REGION.matcher(region).matches()) {
      return Residency.ABROAD;
    }
    return awsZone(region); // a zone or Local Zone group given as the location
  }

  /**
   * Availability zones look like {@code ap-northeast-1a} or (IDs) {@code apne1-az1}; Local Zones
   * like {@code ap-northeast-1-tpe-1a} (city code after the parent region); Wavelength zones like
   * {@code ap-northeast-1-wl1-nrt-wlz-1}. A Local Zone is in Japan only if its city is.
   */
  private static Residency awsZone(String zone) {
    Matcher id = AWS_ZONE_ID.matcher(zone);
    if (id.matches()) {
      String city = id.group(2);
      if (city != null) {
        return JAPAN_CITY_CODES.contains(city) ? Residency.JAPAN : Residency.ABROAD;
      }
      return AWS_JAPAN_AZ_ID.contains(id.group(1)) ? Residency.JAPAN : Residency.ABROAD;
    }
    Matcher m = AWS_ZONE.matcher(zone);
    if (!m.matches()) {
      return Residency.UNKNOWN;
    }
    String parent = m.group(1);
    String rest = m.group(2);
    if (rest.matches("[a-z]?")) {
      return AWS_JAPAN.contains(parent) ? Residency.JAPAN : Residency.ABROAD;
    }
    // Local Zone (-tpe-1a) or Wavelength (-wl1-nrt-wlz-1): judge the city code.
    Matcher city = AWS_CITY.matcher(rest);
    if (!city.find()) {
      return Residency.UNKNOWN;
    }
    return JAPAN_CITY_CODES.contains(city.group(1)) ? Residency.JAPAN : Residency.ABROAD;
  }

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
    if (zone != null) {
      Matcher zm = GCP_ZONE.matcher(zone);
      if (!zm.matches()) {
        return Residency.UNKNOWN;
      }
      if (!GCP_JAPAN.contains(zm.group(1))) {
        return Residency.ABROAD;
      }
    }
    return gcpLocation(location);
  }

  private static Residency gcpLocation(String location) {
    if (location.startsWith("in:") && location.endsWith("-locations")) {
      // org-policy value group, e.g. in:asia-northeast1-locations, in:asia-locations
      String inner = location.substring(3, location.length() - "-locations".length());
      return inner.equals("japan") ? Residency.JAPAN : gcpLocation(inner);
    }
    if (location.contains("+")) {
      // configurable dual-region written as its two regions: in Japan only if both are
      Set<Residency> parts = Arrays.stream(location.split("\\+"))
          .map(p -> gcpLocation(p.trim())).collect(Collectors.toSet());
      return parts.contains(Residency.ABROAD) ? Residency.ABROAD
          : parts.equals(Set.of(Residency.JAPAN)) ? Residency.JAPAN : Residency.UNKNOWN;
    }
    if (GCP_JAPAN.contains(location)) {
      return Residency.JAPAN;
    }
    if (location.equals("global")) {
      return Residency.GLOBAL;
    }
    // ASIA1 (Tokyo + Osaka dual-region) is the Japanese one and was matched above; the ASIA
    // multi-region spreads data over the continent.
    if (GCP_MULTI_REGIONS.contains(location)) {
      return Residency.ABROAD;
    }
    Matcher zm = GCP_ZONE.matcher(location);
    if (zm.matches()) { // a zone given as the location (GCE instances, zonal GKE clusters)
      return GCP_JAPAN.contains(zm.group(1)) ? Residency.JAPAN : Residency.ABROAD;
    }
    return location.matches("[a-z]+-[a-z]+\\d+|[a-z]+\\d+|nam\\d+|eur\\d+")
        ? Residency.ABROAD : Residency.UNKNOWN;
  }
}
