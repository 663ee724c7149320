package cloudscan.core.fact;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An identity that can act in the account: the root user, an IAM user or role, an Entra ID user
 * or guest, a GCP member or service account.
 *
 * @param consoleAccess  can sign in interactively with a password
 * @param mfa            has multi-factor authentication registered; a policy that enforces MFA
 *                       for everyone (Entra security defaults, Conditional Access) is a
 *                       {@link SecurityService} of kind MFA_ENFORCEMENT instead
 * @param accessKeys     long-lived credentials; an empty list means none
 * @param externalParty  for identities from outside the organisation: the trusted account, tenant
 *                       or domain; null for internal identities
 * @param lastUsed       last sign-in or API use, null if never or unknown (not judged)
 */
public record Principal(ResourceRef resource, Kind kind, String name, Known<Boolean> consoleAccess,
    Known<Boolean> mfa, Known<List<AccessKey>> accessKeys, String externalParty, Instant lastUsed)
    implements Fact {

  public enum Kind { ROOT, USER, ROLE, GROUP, SERVICE_ACCOUNT, GUEST }

  /** A long-lived credential (access key, service-account key). */
  public record AccessKey(String id, boolean active, Instant created, Instant lastUsed) {

    /** Whole days from creation to {@code now}; call only when {@code created} is known. */
    public long ageDays(Instant now) {
      return Duration.between(created, now).toDays();
    }

    /** True if created more than {@code days} days before {@code now} (exactly {@code days} is not). */
    public boolean olderThan(int days, Instant now) {
      return created != null && created.plus(Duration.ofDays(days)).isBefore(now);
    }

    /** Last use, or creation when never used; null when neither is known. */
    public Instant lastActivity() {
      return lastUsed != null ? lastUsed : created;
    }

    /** True if not used for more than {@code days} days (a never-used key counts from creation). */
    public boolean idleLongerThan(int days, Instant now) {
      Instant since = lastActivity();
      return since != null && since.plus(Duration.ofDays(days)).isBefore(now);
    }
  }

  public Principal {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(consoleAccess, "consoleAccess");
    Objects.requireNonNull(mfa, "mfa");
    Objects.requireNonNull(accessKeys, "accessKeys");
  }

  public boolean isExternal() {
    return externalParty != null && !externalParty.isBlank();
  }

  /** Active keys when the list was read; empty when none or not read (see {@link #accessKeys()}). */
  public List<AccessKey> activeKeys() {
    return accessKeys.orElse(List.of()).stream().filter(AccessKey::active).toList();
  }
}
