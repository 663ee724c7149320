package cloudscan.core.fact;

import java.util.Objects;

/**
 * Where collection happens: one account in one location ({@code global} for the account's
 * account-wide services), or an organization-level scope above accounts (an Entra ID tenant, a GCP
 * organization or folder, an AWS Organization) written with location {@code global} and the
 * organization's ID as account. Which of these a scope is, the snapshot's runs say
 * ({@link Level}); a fact alone cannot.
 */
public record Scope(Cloud cloud, String account, String location) {

  /** What kind of place a scanned scope is. */
  public enum Level {
    /** Above accounts: Entra ID tenant, GCP organization or folder, AWS Organization. */
    ORGANIZATION,
    /** One account, subscription or project as a whole (location {@code global}). */
    ACCOUNT,
    /** One region or location of an account. */
    LOCATION
  }

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

  public boolean isGlobal() {
    return location.equals(ResourceRef.GLOBAL);
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

  /** Parses {@code cloud/account/location}; the account may contain slashes (GCP folders/1). */
  public static Scope parse(String text) {
    int first = text.indexOf('/');
    int last = text.lastIndexOf('/');
    if (first < 0 || last == first) {
      throw new IllegalArgumentException("scope must be cloud/account/location: " + text);
    }
    return new Scope(Cloud.fromId(text.substring(0, first)), text.substring(first + 1, last),
        text.substring(last + 1));
  }

  @Override
  public String toString() {
    return cloud.id() + "/" + account + "/" + location;
  }
}
