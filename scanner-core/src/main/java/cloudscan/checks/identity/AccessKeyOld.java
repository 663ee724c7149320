package cloudscan.checks.identity;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Principal;
import cloudscan.core.fact.Principal.AccessKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An active long-lived key older than {@code maxAccessKeyAgeDays} (FAIL) or unused for longer than
 * {@code unusedCredentialDays} (WARN). One result per principal that holds active keys.
 */
public final class AccessKeyOld implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("iam.access-key-old")
        .title(Text.of("古いまたは使われていないアクセスキーがある", "Old or unused access key"))
        .remediation(Text.of(
            "アクセスキーを定期的にローテーションし、使われていないキーは無効化・削除する。可能なら一時的な認証情報"
                + "（IAM ロール、Workload Identity 等）に置き換える",
            "Rotate access keys regularly and deactivate or delete unused ones; where possible, "
                + "replace them with short-lived credentials (IAM roles, workload identity)"))
        .severity(Severity.MEDIUM)
        .requirements("3.5")
        .needs(Principal.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(Principal.class).stream()
        .filter(p -> p.accessKeys().isUnread() || !p.activeKeys().isEmpty())
        .map(p -> judge(p, ctx));
  }

  private static Result judge(Principal p, EvalContext ctx) {
    if (p.accessKeys().isUnread()) {
      return Result.unknown(p.resource(), Text.of(
          p.name() + " のアクセスキーを確認できませんでした", "could not read " + p.name() + "'s access keys"));
    }
    int maxAge = ctx.thresholds().maxAccessKeyAgeDays();
    int maxIdle = ctx.thresholds().unusedCredentialDays();
    Instant now = ctx.now();
    List<String> oldJa = new ArrayList<>();
    List<String> oldEn = new ArrayList<>();
    List<String> idleJa = new ArrayList<>();
    List<String> idleEn = new ArrayList<>();
    List<String> undated = new ArrayList<>();
    for (AccessKey key : p.activeKeys()) {
      if (key.created() == null) {
        undated.add(key.id());
      } else if (key.olderThan(maxAge, now)) {
        oldJa.add(key.id() + "（作成から " + key.ageDays(now) + " 日）");
        oldEn.add(key.id() + " (" + key.ageDays(now) + " days old)");
      } else if (key.idleLongerThan(maxIdle, now)) {
        long idle = Duration.between(key.lastActivity(), now).toDays();
        idleJa.add(key.id() + (key.lastUsed() == null
            ? "（作成から " + idle + " 日間未使用）" : "（最終使用から " + idle + " 日）"));
        idleEn.add(key.id() + (key.lastUsed() == null
            ? " (never used, created " + idle + " days ago)" : " (last used " + idle + " days ago)"));
      }
    }
    String who = p.name();
    if (!oldJa.isEmpty()) {
      return Result.fail(p.resource(), Text.of(
          who + " のアクセスキーが " + maxAge + " 日を超えています：" + String.join("、", oldJa),
          who + " has access key(s) older than " + maxAge + " days: " + String.join(", ", oldEn)));
    }
    if (!undated.isEmpty()) {
      return Result.unknown(p.resource(), Text.of(
          who + " のアクセスキーの作成日を確認できませんでした：" + String.join("、", undated),
          "could not read the creation date of " + who + "'s access key(s): "
              + String.join(", ", undated)));
    }
    if (!idleJa.isEmpty()) {
      return Result.warn(p.resource(), Text.of(
          who + " のアクセスキーが " + maxIdle + " 日を超えて使われていません：" + String.join("、", idleJa),
          who + " has access key(s) unused for more than " + maxIdle + " days: "
              + String.join(", ", idleEn)));
    }
    return Result.pass(p.resource(), Text.of(
        who + " の有効なアクセスキーはすべて作成から " + maxAge + " 日以内で、" + maxIdle + " 日以内に使用されています",
        who + "'s active access keys are at most " + maxAge + " days old and used within "
            + maxIdle + " days"));
  }
}
