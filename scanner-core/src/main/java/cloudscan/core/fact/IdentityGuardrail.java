package cloudscan.core.fact;

import java.util.List;
import java.util.Objects;

/**
 * A policy that stops an identity risk from being created, whatever exists today: GCP organization
 * policies {@code iam.allowedPolicyMemberDomains} (IAM members only from listed Cloud Identity
 * customers) and {@code iam.disableServiceAccountKeyCreation} (no new service-account keys). The
 * members and keys that exist are judged as {@link Principal}s; this fact says whether new ones
 * can appear.
 *
 * @param control        what the policy prevents
 * @param enforced       the effective policy enforces it unconditionally (a policy that is not
 *                       set, allows all, or enforces only under a condition is false)
 * @param allowedParties for {@link Control#OUTSIDE_MEMBERS}: the parties members may come from,
 *                       as the policy names them (Cloud Identity customer IDs); empty otherwise
 * @param outsideParties the allowed parties that are not the organization's own; unread when the
 *                       organization's own identity could not be read (then nobody can tell),
 *                       not offered for controls without parties
 */
public record IdentityGuardrail(ResourceRef resource, Control control, boolean enforced,
    List<String> allowedParties, Known<List<String>> outsideParties) implements Fact {

  public enum Control {
    /** IAM grants only to members of the organization's own (or listed) directories. */
    OUTSIDE_MEMBERS,
    /** No new long-lived keys for workload identities (service-account keys). */
    LONG_LIVED_KEYS
  }

  public IdentityGuardrail {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(control, "control");
    allowedParties = List.copyOf(allowedParties);
    Objects.requireNonNull(outsideParties, "outsideParties");
    outsideParties = outsideParties.map(List::copyOf);
  }

  @Override
  public Enum<?> variant() {
    return control;
  }
}
