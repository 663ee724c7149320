package cloudscan.checks.identity;

import cloudscan.core.fact.IdentityGuardrail;
import cloudscan.core.fact.IdentityGuardrail.Control;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.Principal;
import cloudscan.testkit.Refs;
import java.util.List;

/** GCP project {@code city-project} with one member, and its identity guardrails. */
final class IdentityGuardrailFacts {

  static final String PROJECT = "gcp/city-project/global";
  static final String MEMBERS = "projects/city-project/policies/iam.allowedPolicyMemberDomains";
  static final String KEYS = "projects/city-project/policies/iam.disableServiceAccountKeyCreation";

  private IdentityGuardrailFacts() { }

  static IdentityGuardrail members(boolean enforced, List<String> allowed, Known<List<String>> outside) {
    return new IdentityGuardrail(Refs.gcp("global", "orgpolicy.googleapis.com/Policy", MEMBERS),
        Control.OUTSIDE_MEMBERS, enforced, allowed, outside);
  }

  static IdentityGuardrail keys(boolean enforced) {
    return new IdentityGuardrail(Refs.gcp("global", "orgpolicy.googleapis.com/Policy", KEYS),
        Control.LONG_LIVED_KEYS, enforced, List.of(), Known.notOffered());
  }

  static Principal gcpMember() {
    return new Principal(Refs.gcp("global", "iam.googleapis.com/Member", "user:a@city.example.jp"),
        Principal.Kind.USER, "user:a@city.example.jp", Known.of(true), Known.unread(), Known.notOffered(), null, null);
  }

  static Principal azureGuest() {
    return new Principal(Refs.azure("global", "microsoft.graph/user", "guest-1"), Principal.Kind.GUEST,
        "guest-1", Known.of(true), Known.of(true), Known.notOffered(), "partner.example", null);
  }
}
