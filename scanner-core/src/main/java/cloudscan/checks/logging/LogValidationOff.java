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
import java.util.Map;
import java.util.stream.Stream;

/**
 * An audit trail whose log files can be altered unnoticed. Where the cloud offers no integrity
 * validation (Azure activity logs, GCP audit logs), the rule is the store's immutability: a trail
 * writing to an immutable store (locked GCP log bucket, immutable storage container) passes, one
 * writing to an alterable store needs review, one whose store is unknown is UNKNOWN.
 */
public final class LogValidationOff implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("audit.log-validation-off")
        .title(Text.of("監査ログの改ざん検知（整合性検証）が無効", "Audit log integrity validation off"))
        .remediation(Text.of(
            "証跡のログファイル整合性検証を有効にする（CloudTrail: EnableLogFileValidation）。整合性検証のないクラウドでは"
                + "変更不可のストレージ（イミュータブルなコンテナー、ロックしたログバケット）に送る",
            "Turn on log file integrity validation for the trail (CloudTrail: EnableLogFileValidation); "
                + "where the cloud has none, send the logs to immutable storage (immutable container, locked log bucket)"))
        .severity(Severity.MEDIUM)
        .requirements("2.4")
        .needs(AuditTrail.class, LogStore.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    Map<String, LogStore> stores = Trails.stores(facts);
    return Trails.distinct(facts).stream().map(t -> judge(t, stores));
  }

  private static Result judge(AuditTrail t, Map<String, LogStore> stores) {
    return switch (t.integrityValidation().state()) {
      case KNOWN -> Result.judge(t.resource(), t.integrityValidation().value(),
          Text.of("ログファイルの整合性検証が有効です", "log file integrity validation is on"),
          Text.of("ログファイルの整合性検証が無効です。ログが改ざんされても検知できません",
              "log file integrity validation is off: altered log files would go unnoticed"));
      case UNREAD -> Result.unknown(t.resource(), Text.of(
          "ログファイルの整合性検証の設定を読み取れませんでした", "could not read whether log file integrity validation is on"));
      case NOT_OFFERED -> byStore(t, stores);
    };
  }

  private static Result byStore(AuditTrail t, Map<String, LogStore> stores) {
    LogStore store = t.destination().isKnown() ? stores.get(t.destination().value()) : null;
    if (store == null || !store.immutable().isKnown()) {
      return Result.unknown(t.resource(), Text.of(
          "このクラウドには整合性検証がなく、保存先の変更不可設定を確認できませんでした",
          "this cloud offers no integrity validation, and the destination's immutability could not be read"));
    }
    return store.immutable().value()
        ? Result.pass(t.resource(), Text.of(
            "このクラウドには整合性検証がありませんが、変更不可の保存先 " + store.resource().id() + " に記録しています",
            "this cloud offers no integrity validation; the trail writes to immutable store " + store.resource().id()))
        : Result.warn(t.resource(), Text.of(
            "このクラウドには整合性検証がなく、保存先 " + store.resource().id() + " は変更可能です。変更不可のストレージに送ってください",
            "this cloud offers no integrity validation and the destination " + store.resource().id()
                + " can be altered: send the logs to immutable storage"));
  }
}
