package cloudscan.checks.detection;

import cloudscan.checks.Scopes;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Expectation;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import java.util.List;
import java.util.stream.Stream;

/** A scanned account whose security findings are routed to nobody (no security contact or target). */
public final class IncidentNotificationMissing implements Check {

  private static final Text NONE = Text.of(
      "検知結果の通知先（セキュリティ連絡先・通知設定）が見つかりません。インシデントが担当者に届かない恐れがあります",
      "no notification target (security contact, finding notification) is on: incidents may reach nobody");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("detect.incident-notification-missing")
        .title(Text.of("セキュリティ検知の通知先がない", "Security findings not routed to a person"))
        .remediation(Text.of(
            "検知結果を担当者へ通知する設定を行う（AWS: GuardDuty／Security Hub の結果を EventBridge 経由で"
                + " SNS へ、代替連絡先（セキュリティ）の登録。Azure: Defender for Cloud のセキュリティ連絡先。"
                + "GCP: Security Command Center の通知設定・Essential Contacts）",
            "Route findings to a person (AWS: GuardDuty / Security Hub findings via EventBridge to SNS, "
                + "security alternate contact; Azure: Defender for Cloud security contacts; GCP: Security "
                + "Command Center notifications, Essential Contacts)"))
        .severity(Severity.LOW)
        .requirements("2.5")
        .expects(Expectation.perAccount(SecurityService.class, SecurityService.Kind.INCIDENT_NOTIFICATION).warn(NONE))
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    List<SecurityService> targets = Services.ofKind(facts, SecurityService.Kind.INCIDENT_NOTIFICATION);
    return facts.estate().accounts().stream()
        .map(account -> judge(account, Scopes.inAccount(facts, targets, account)))
        .filter(r -> r != null);
  }

  /** Null when the account has no notification fact (the expectation judges that). */
  private static Result judge(Scope account, List<SecurityService> targets) {
    if (targets.isEmpty()) {
      return null;
    }
    List<String> enabled = targets.stream().filter(t -> t.enabled().is(true)).map(Services::label).distinct().toList();
    if (!enabled.isEmpty()) {
      String names = String.join(", ", enabled);
      return Result.pass(account.asResource(), Text.of(
          "検知結果の通知先が設定されています（" + names + "）", "findings are routed to " + names));
    }
    if (targets.stream().anyMatch(t -> !t.enabled().isKnown())) {
      return Result.unknown(account.asResource(), Text.of(
          "検知結果の通知先が有効か読み取れませんでした", "could not read whether a notification target is on"));
    }
    return Result.warn(account.asResource(), NONE);
  }
}
