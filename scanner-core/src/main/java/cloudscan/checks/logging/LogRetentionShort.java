package cloudscan.checks.logging;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.AuditTrail;
import cloudscan.core.fact.LogStore;
import cloudscan.core.fact.Retention;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Logs kept for less than the required period (3.2: one year). Stores that hold audit logs FAIL;
 * other log stores only WARN, because application logs may be evidence too but the requirement
 * does not name them. A trail and its store are judged together: every trail's destination must
 * be a collected store whose retention was read, else the trail is UNKNOWN (a bucket in another,
 * unscanned account is the common case).
 */
public final class LogRetentionShort implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("audit.log-retention-short")
        .title(Text.of("ログの保存期間が１年未満", "Logs kept for less than one year"))
        .remediation(Text.of(
            "ログの保存期間を 365 日以上（または無期限）にする（S3 ライフサイクル、CloudWatch Logs の保持期間、"
                + "Log Analytics のデータ保持、GCP ログバケットの保持期間。_Default は 30 日のみ）",
            "Keep logs for at least 365 days or without expiry (S3 lifecycle, CloudWatch Logs retention, "
                + "Log Analytics data retention, GCP log bucket retention; _Default keeps only 30 days)"))
        .severity(Severity.HIGH)
        .requirements("3.2")
        .needs(LogStore.class, AuditTrail.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    int required = ctx.thresholds().logRetentionDays();
    Map<String, LogStore> stores = Trails.stores(facts);
    List<AuditTrail> all = Trails.distinct(facts);
    // A store a trail writes to holds audit logs, whatever the collector flagged.
    Set<String> trailStores = all.stream().filter(t -> t.destination().isKnown())
        .map(t -> t.destination().value()).collect(Collectors.toSet());
    Stream<Result> trails = all.stream()
        .map(t -> destination(t, stores))
        .filter(r -> r != null);
    return Stream.concat(facts.all(LogStore.class).stream()
        .map(store -> judge(store, store.holdsAuditLogs() || trailStores.contains(store.resource().id()), required)), trails);
  }

  /** UNKNOWN for a trail whose store was not collected; null when the store is judged itself. */
  private static Result destination(AuditTrail t, Map<String, LogStore> stores) {
    if (!t.destination().isKnown()) {
      return Result.unknown(t.resource(), Text.of(
          "証跡の保存先を読み取れなかったため、保存期間を判定できません",
          "the trail's destination could not be read: its retention cannot be judged"));
    }
    if (!stores.containsKey(t.destination().value())) {
      return Result.unknown(t.resource(), Text.of(
          "証跡の保存先 " + t.destination().value() + " の保存期間を確認できません（スキャン対象外のアカウントにある等）",
          "the trail writes to " + t.destination().value() + ", whose retention was not read (in an "
              + "account that was not scanned?): the trail's retention cannot be judged"));
    }
    return null;
  }

  private static Result judge(LogStore store, boolean auditLogs, int required) {
    Retention r = store.retention();
    if (!r.isKnown()) {
      if (auditLogs) {
        return Result.unknown(store.resource(), Text.of(
            "監査ログの保存期間を取得できませんでした", "retention of this audit log store could not be read"));
      }
      return Result.warn(store.resource(), Text.of(
          "保存期間を取得できませんでした。監査ログではありませんが、証跡となる場合は確認してください",
          "retention could not be read; not an audit log store, but check it if these logs serve as evidence"));
    }
    if (r.atLeast(required)) {
      return Result.pass(store.resource(), Text.of(
          "保存期間は" + labelJa(r) + "です（必要: " + required + " 日以上）",
          "logs kept " + (r.kind() == Retention.Kind.UNLIMITED ? "without expiry" : r.toString())
              + " (required: at least " + required + " days)"));
    }
    Text found = Text.of(
        "保存期間が " + r.days() + " 日しかありません（必要: " + required + " 日以上）",
        "logs kept only " + r.days() + " days (required: at least " + required + " days)");
    if (auditLogs) {
      return Result.fail(store.resource(), found);
    }
    return Result.warn(store.resource(), Text.of(
        found.ja() + "。監査ログではありませんが、証跡となる場合は延長を検討してください",
        found.en() + "; not an audit log store, but extend it if these logs serve as evidence"));
  }

  private static String labelJa(Retention r) {
    return r.kind() == Retention.Kind.UNLIMITED ? "無期限" : " " + r.days() + " 日";
  }
}
