package cloudscan.checks.identity;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Principal;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An outside party (foreign account, guest tenant, other domain) has access. Requirement 2.8 asks
 * that the city approve every such party; an approval is recorded as a waiver on the finding.
 */
public final class ExternalPrincipal implements Check {

  static final Set<Principal.Kind> JUDGED = Set.of(Principal.Kind.ROLE, Principal.Kind.USER,
      Principal.Kind.GUEST, Principal.Kind.SERVICE_ACCOUNT, Principal.Kind.GROUP);

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.external-principal")
        .title(Text.of("外部の組織にアクセス権がある", "Outside party has access"))
        .remediation(Text.of(
            "外部の組織（再委託先・保守事業者等）のアクセスを市に申請して承認を得て、承認を除外（waiver）として"
                + "記録する。不要なアクセスは削除する",
            "Ask the city to approve each outside party (subcontractor, maintenance vendor) and "
                + "record the approval as a waiver; remove access that is not needed"))
        .severity(Severity.MEDIUM)
        .requirements("2.8")
        .needs(Principal.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(Principal.class).stream()
        .filter(p -> JUDGED.contains(p.kind()))
        .map(ExternalPrincipal::judge);
  }

  private static Result judge(Principal p) {
    if (!p.isExternal()) {
      return Result.pass(p.resource(), Text.of(
          p.name() + " は組織内の ID です", p.name() + " is an internal identity"));
    }
    return Result.fail(p.resource(), Text.of(
        "外部の組織 " + p.externalParty() + " が " + p.name() + " を通じてアクセスできます。"
            + "市の承認が必要です（承認は除外（waiver）として記録してください）",
        "outside party " + p.externalParty() + " has access via " + p.name()
            + "; the city must approve it (record the approval as a waiver)"));
  }
}
