package cloudscan.checks.logging;

import cloudscan.checks.Scopes;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Expectation;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A scanned account without one trail that records management events of every region and is
 * logging. Trails recorded at an organization above the account (organization trails) count.
 * An account with no trail at all is the engine's expectation (FAIL where trails were looked for).
 */
public final class TrailOff implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("audit.trail-off")
        .title(Text.of("全リージョンの操作を記録する監査証跡がない", "No audit trail recording every region"))
        .remediation(Text.of(
            "全リージョンを対象とし管理イベントを記録する証跡を作成し、ログ記録を有効にする"
                + "（CloudTrail マルチリージョン証跡、Azure アクティビティログの診断設定、GCP 管理アクティビティ監査ログ）",
            "Create a trail that covers all regions and records management events, and keep it logging "
                + "(CloudTrail multi-region trail, Azure activity-log diagnostic setting, GCP admin "
                + "activity audit logs)"))
        .severity(Severity.HIGH)
        .requirements("2.4", "3.2")
        .expects(Expectation.perAccount(AuditTrail.class).fail(Text.of("監査証跡が一つもありません", "no trail at all")))
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    List<AuditTrail> trails = Trails.distinct(facts);
    return facts.estate().accounts().stream()
        .map(account -> judge(account, Scopes.inAccount(facts, trails, account)))
        .filter(r -> r != null);
  }

  /** Null for an account without trails (the expectation judges it). */
  private static Result judge(Scope account, List<AuditTrail> trails) {
    if (trails.isEmpty()) {
      return null;
    }
    for (AuditTrail t : trails) {
      if (t.recordsAccountWide()) {
        return Result.pass(account.asResource(), Text.of(
            "証跡 " + id(t) + " が全リージョンの管理イベントを記録しています",
            "trail " + id(t) + " records management events of every region"));
      }
    }
    List<AuditTrail> unread = trails.stream().filter(t -> t.allLocations()
        && !t.managementEvents().is(false) && !t.logging().is(false)).toList();
    if (!unread.isEmpty()) {
      String ids = unread.stream().map(TrailOff::id).collect(Collectors.joining(", "));
      return Result.unknown(account.asResource(), Text.of(
          "証跡 " + ids + " のログ記録状態または管理イベントの記録を取得できませんでした",
          "logging status or management-event selection of trail " + ids + " could not be read"));
    }
    return Result.fail(account.asResource(), Text.of(
        trails.stream().map(TrailOff::shortcomingJa).collect(Collectors.joining("。")) + "。",
        trails.stream().map(TrailOff::shortcomingEn).collect(Collectors.joining("; "))));
  }

  private static String shortcomingJa(AuditTrail t) {
    List<String> why = new ArrayList<>();
    if (!t.allLocations()) {
      why.add("ホームリージョン（" + t.resource().location() + "）のみを対象としています");
    }
    if (t.managementEvents().is(false)) {
      why.add("管理イベントを記録していません");
    }
    if (t.logging().is(false)) {
      why.add("ログ記録を停止しています");
    }
    return "証跡 " + id(t) + " は" + String.join("。また、", why);
  }

  private static String shortcomingEn(AuditTrail t) {
    List<String> why = new ArrayList<>();
    if (!t.allLocations()) {
      why.add("covers only its home region (" + t.resource().location() + ")");
    }
    if (t.managementEvents().is(false)) {
      why.add("management events not recorded");
    }
    if (t.logging().is(false)) {
      why.add("not logging");
    }
    return "trail " + id(t) + ": " + String.join(", ", why);
  }

  private static String id(AuditTrail t) {
    return t.resource().id();
  }
}
