package cloudscan.testkit;

import cloudscan.core.fact.Known;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.LocationGuardrail;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceRef;
import java.util.List;

/**
 * Builders for where things are: {@code located(Cloud.GCP, "asia1", null, "bucket-1")},
 * {@code replica("db-1", "rds-read-replica", "us-east-1")}, {@code guardrail("scp-1", true, "ap-northeast-1")}.
 * Accounts are those of {@link Refs}.
 */
public final class ResidencyFacts {

  private ResidencyFacts() { }

  /** A resource of {@code cloud} in {@code location} (and {@code zone}, may be null). */
  public static Located located(Cloud cloud, String location, String zone, String id) {
    return new Located(ref(cloud, location, "resource", id), zone == null ? Known.notOffered() : Known.of(zone), false);
  }

  /** An AWS resource in Tokyo whose data is copied to {@code destination} by {@code mechanism}. */
  public static Replica replica(String id, String mechanism, String destination) {
    return new Replica(Refs.aws("resource", id), mechanism, Refs.ACCOUNT, destination);
  }

  public static Replica replica(Cloud cloud, String location, String id, String mechanism,
      String destinationAccount, String destination) {
    return new Replica(ref(cloud, location, "resource", id), mechanism, destinationAccount, destination);
  }

  /** An AWS SCP (account {@link Refs#ACCOUNT}, location global) allowing {@code locations}. */
  public static LocationGuardrail guardrail(String id, boolean enforced, String... locations) {
    return guardrail(Cloud.AWS, id, enforced, locations);
  }

  public static LocationGuardrail guardrail(Cloud cloud, String id, boolean enforced, String... locations) {
    return new LocationGuardrail(ref(cloud, ResourceRef.GLOBAL, "location-guardrail", id),
        List.of(locations), enforced);
  }

  /** The scope string of {@code cloud}'s test account in {@code location}, for {@code inScope}. */
  public static String scope(Cloud cloud, String location) {
    return cloud.id() + "/" + ref(cloud, location, "x", "x").account() + "/" + location;
  }

  /** The resource ID an account-level finding carries: {@code cloud/account/global}. */
  public static String accountId(Cloud cloud) {
    return scope(cloud, ResourceRef.GLOBAL);
  }

  private static ResourceRef ref(Cloud cloud, String location, String type, String id) {
    return switch (cloud) {
      case AWS -> Refs.aws(location, type, id);
      case AZURE -> Refs.azure(location, type, id);
      case GCP -> Refs.gcp(location, type, id);
    };
  }
}
