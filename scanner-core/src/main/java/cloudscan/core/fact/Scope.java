package cloudscan.core.fact;

import java.util.Objects;

/** Where collection happens: one account in one location ({@code global} for global services). */
public record Scope(Cloud cloud, String account, String location) {

  /** Resource type of {@link #asResource()}: findings about a whole account or region. */
  public static final String RESOURCE_TYPE = "scope";

  public Scope {
    Objects.requireNonNull(cloud, "cloud");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(location, "location");
  }

  /** The account-wide scope of this account: {@code cloud/account/global}. */
  public Scope accountScope() {
    return location.equals(ResourceRef.GLOBAL) ? this : new Scope(cloud, account, ResourceRef.GLOBAL);
  }

  /** True if facts from {@code other} belong to this scope ({@code global} covers its account). */
  public boolean covers(Scope other) {
    return cloud == other.cloud
        && account.equals(other.account)
        && (location.equals(other.location) || location.equals(ResourceRef.GLOBAL));
  }

  /** A pseudo-resource naming the scope itself, for findings about a whole account or region. */
  public ResourceRef asResource() {
    return new ResourceRef(cloud, account, location, RESOURCE_TYPE, toString());
  }

  @Override
  public String toString() {
    return cloud.id() + "/" + account + "/" + location;
  }
}
