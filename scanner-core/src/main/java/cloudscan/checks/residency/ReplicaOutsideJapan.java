package cloudscan.checks.residency;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.JapanLocations;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.ResourceRef;
import java.util.stream.Stream;

/**
 * Replication, a read replica, a global table or a backup copy sends data out of Japan. Backup
 * copies are read from the plans themselves (where each rule copies to), not only from replicas a
 * collector derived from them.
 */
public final class ReplicaOutsideJapan implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("residency.replica-outside-japan")
        .title(Text.of("複製・バックアップのコピー先が日本国外", "Replica or copy outside Japan"))
        .remediation(Text.of(
            "レプリケーション、リードレプリカ、グローバルテーブル、バックアップコピーの宛先を日本国内の"
                + "リージョン（東京⇔大阪など）に変更し、国外のコピーを削除する",
            "Point replication, read replicas, global tables and backup copies at a Japanese region "
                + "(e.g. Tokyo <-> Osaka) and delete the copies abroad"))
        .severity(Severity.HIGH)
        .requirements("1.1")
        .needs(Replica.class, BackupPlan.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    Stream<Result> replicas = facts.all(Replica.class).stream()
        .map(r -> judge(r.resource(), r.mechanism() == null ? Text.of("レプリカ", "replica") : Text.same(r.mechanism()),
            r.destinationAccount(), r.destinationLocation()));
    Stream<Result> plans = facts.all(BackupPlan.class).stream().flatMap(ReplicaOutsideJapan::copies);
    return Stream.concat(replicas, plans);
  }

  private static Stream<Result> copies(BackupPlan plan) {
    if (!plan.copies().isKnown()) {
      return Stream.of(Result.unknown(plan.resource(), Text.of(
          "バックアッププランのコピー先を読み取れませんでした", "the backup plan's copy destinations could not be read")));
    }
    return plan.copies().value().stream()
        .map(c -> judge(plan.resource(), c.vault() == null ? Text.of("バックアップのコピー", "backup copy")
                : Text.of("保管庫 " + c.vault() + " へのバックアップのコピー", "backup copy to " + c.vault()),
            c.account(), c.location()));
  }

  private static Result judge(ResourceRef ref, Text how, String account, String dest) {
    if (dest == null || dest.isBlank()) {
      return Result.unknown(ref, Text.of(
          how.ja() + " のコピー先ロケーションを読み取れませんでした",
          "the destination location of " + how.en() + " could not be read"));
    }
    String to = dest + (account == null ? "" : " (account " + account + ")");
    String toJa = dest + (account == null ? " " : "（アカウント " + account + "）");
    return switch (JapanLocations.judge(ref.cloud(), dest, null)) {
      case JAPAN -> Result.pass(ref, Text.of(
          how.ja() + " のコピー先 " + toJa + "は日本国内です", how.en() + " copies to " + to + " in Japan"));
      case ABROAD -> Result.fail(ref, Text.of(
          how.ja() + " によりデータが日本国外の " + toJa + "へ複製されています",
          how.en() + " copies data outside Japan, to " + to));
      case GLOBAL -> Result.warn(ref, Text.of(
          how.ja() + " のコピー先 " + toJa + "はグローバルです。国外に置かれる可能性があるため確認が必要です",
          how.en() + " copies to the global location " + to + ": data may be held outside Japan; needs review"));
      case UNKNOWN -> Result.warn(ref, Text.of(
          how.ja() + " のコピー先「" + toJa.trim() + "」を判定できません。日本国内であることを確認してください",
          how.en() + " copies to unknown location '" + to + "': confirm that it is in Japan"));
    };
  }
}
