package cloudscan.checks.identity;

import cloudscan.core.check.Expectation;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.IdentityGuardrail;
import cloudscan.core.fact.IdentityGuardrail.Control;
import cloudscan.core.fact.Principal;
import java.util.stream.Stream;

/**
 * What the two identity-guardrail checks share: the guardrails of one control, and the
 * expectation that every scanned project with GCP IAM members has one (the clouds that offer such
 * a policy today); a project where nobody looked for it is UNKNOWN, an AWS account or Azure
 * subscription is not judged.
 */
final class IdentityGuardrails {

  private IdentityGuardrails() { }

  static Stream<IdentityGuardrail> of(Facts facts, Control control) {
    return facts.all(IdentityGuardrail.class).stream().filter(g -> g.control() == control);
  }

  static Expectation expected(Control control, String constraint) {
    return Expectation.perAccount(IdentityGuardrail.class, control)
        .onlyWhere(Principal.class, p -> p.resource().cloud() == Cloud.GCP, "GCP IAM members")
        .warn(Text.of("組織ポリシー " + constraint + " の設定が見つかりません",
            "no organization policy " + constraint + " was found"));
  }
}
