package cloudscan.checks.identity;

import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Cloud;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Scope;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every AWS account has a root user. A scanned AWS account where identities were looked for and
 * no root user was recorded is missing evidence, not an account without a root: UNKNOWN.
 */
final class Roots {

  private Roots() { }

  static Stream<Result> missing(Facts facts) {
    Set<Scope> withRoot = facts.all(Principal.class).stream()
        .filter(p -> p.kind() == Principal.Kind.ROOT)
        .map(p -> p.resource().accountScope()).collect(Collectors.toSet());
    return facts.estate().accounts().stream()
        .filter(a -> a.cloud() == Cloud.AWS && !withRoot.contains(a))
        .filter(a -> facts.estate().lookedFor(a, "Principal"))
        .map(a -> Result.unknown(a.asResource(), Text.of(
            "AWS アカウントには必ずルートユーザーがありますが、その記録がありません。判定できません",
            "every AWS account has a root user, but none was recorded for this account: cannot judge")));
  }
}
