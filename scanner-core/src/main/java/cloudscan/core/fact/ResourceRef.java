package cloudscan.core.fact;

import java.util.Objects;

/**
 * Identifies one cloud resource: which cloud, which account (AWS account, Azure subscription, GCP
 * project), where (region or location; {@code global} for global services), what type and its ID
 * (ARN, ARM ID, full resource name).
 */
public record ResourceRef(Cloud cloud, String account, String location, String type, String id) {

  public static final String GLOBAL = "global";

  public ResourceRef {
    Objects.requireNonNull(cloud, "cloud");
    account = Objects.requireNonNull(account, "account").intern();
    location = Objects.requireNonNull(location, "location").intern();
    type = Objects.requireNonNull(type, "type").intern();
    Objects.requireNonNull(id, "id");
  }

  public static ResourceRef of(Cloud cloud, String account, String location, String type, String id) {
    return new ResourceRef(cloud, account, location, type, id);
  }

  /** The scope this resource was collected in: {@code cloud/account/location}. */
  public Scope scope() {
    return new Scope(cloud, account, location);
  }

  /** The account-wide scope of the account this resource is in. */
  public Scope accountScope() {
    return new Scope(cloud, account, GLOBAL);
  }

  @Override
  public String toString() {
    return id;
  }
}
