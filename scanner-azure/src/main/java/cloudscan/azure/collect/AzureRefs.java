package cloudscan.azure.collect;

import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.ResourceRef;
import java.util.List;
import java.util.Locale;

/**
 * Resource references from ARM IDs. ARM IDs, types and locations are case-insensitive, and the
 * same resource comes back spelt differently by different APIs (Resource Graph lower-cases, a
 * service keeps the creator's case), so every ID is stored lower-cased: waivers, baselines and the
 * joins between facts compare IDs exactly.
 */
public final class AzureRefs {

  private AzureRefs() { }

  /** The canonical form of an ARM ID (or a Key Vault key URI): lower case, no trailing slash. */
  public static String id(String armId) {
    String s = armId.trim().toLowerCase(Locale.ROOT);
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** A location as ARM names it ({@code japaneast}); "Japan East" and a missing value are normalised. */
  public static String location(String location) {
    if (location == null || location.isBlank()) {
      return ResourceRef.GLOBAL;
    }
    return location.toLowerCase(Locale.ROOT).replace(" ", "");
  }

  /** A reference to the resource {@code armId} of {@code type} in {@code location} of its subscription. */
  public static ResourceRef ref(String subscription, String location, String type, String armId) {
    return ResourceRef.of(Cloud.AZURE, subscription.toLowerCase(Locale.ROOT), location(location),
        type.toLowerCase(Locale.ROOT), id(armId));
  }

  /** The subscription named in an ARM ID, or null. */
  public static String subscriptionOf(String armId) {
    return segmentAfter(armId, "subscriptions");
  }

  /** The resource group named in an ARM ID, or null. */
  public static String groupOf(String armId) {
    return segmentAfter(armId, "resourcegroups");
  }

  /** The last segment of an ARM ID: the resource's name. */
  public static String nameOf(String armId) {
    List<String> s = ReadOperations.segments(armId);
    return s.isEmpty() ? armId : s.get(s.size() - 1);
  }

  private static String segmentAfter(String armId, String key) {
    List<String> s = ReadOperations.segments(armId);
    for (int i = 0; i + 1 < s.size(); i++) {
      if (s.get(i).equalsIgnoreCase(key)) {
        return s.get(i + 1).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }
}
