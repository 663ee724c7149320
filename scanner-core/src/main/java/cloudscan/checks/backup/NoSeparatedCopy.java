package cloudscan.checks.backup;

import cloudscan.checks.Scopes;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.BackupVault;
import cloudscan.core.fact.BackupVault.Immutability;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Requirement 3.12 asks that backups be kept separated OR non-overwritable. Per scanned account with
 * backup plans: PASS if some plan copies to another account or some vault the backups use is LOCKED;
 * FAIL if neither; UNKNOWN if neither is shown but a copy's account or a used vault's lock state is
 * unknown. The vaults the backups use are those the account's plans write to or copy into; where
 * no plan names its vaults, those holding recovery points. A locked vault nothing uses protects
 * nothing.
 * Every plan that makes no copy at all also gets a WARN on the plan itself.
 */
public final class NoSeparatedCopy implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("backup.no-separated-copy")
        .title(Text.of("バックアップが分離も変更不可もされていない", "Backups neither separated nor immutable"))
        .remediation(Text.of(
            "バックアップのコピーを別アカウント（別サブスクリプション・別プロジェクト）の保管庫に送るか、"
                + "保管庫の変更不可設定をロックする",
            "Copy backups to a vault in another account (subscription, project), or lock the "
                + "vault's immutability"))
        .severity(Severity.MEDIUM)
        .requirements("3.12")
        .needs(BackupPlan.class, BackupVault.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    List<BackupPlan> allPlans = facts.all(BackupPlan.class);
    List<BackupVault> allVaults = facts.all(BackupVault.class);
    Stream<Result> accounts = facts.estate().accounts().stream()
        .map(a -> Map.entry(a, Scopes.inAccount(facts, allPlans, a)))
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> judge(e.getKey(), e.getValue(), Scopes.inAccount(facts, allVaults, e.getKey()), ctx));
    Stream<Result> copyless = allPlans.stream()
        .filter(p -> p.copies().is(List.of()))
        .map(p -> Result.warn(p.resource(), Text.of(
            "このバックアッププランはコピーを作成しません。復旧ポイントは元の保管庫にしかないため、"
                + "その保管庫がロックされていることを確認してください",
            "this plan makes no copy: its recovery points exist only in the source vault; make "
                + "sure that vault is locked")));
    return Stream.concat(accounts, copyless);
  }

  private static Result judge(Scope account, List<BackupPlan> plans, List<BackupVault> vaults, EvalContext ctx) {
    ResourceRef ref = account.asResource();
    List<String> ja = new ArrayList<>();
    List<String> en = new ArrayList<>();
    plans.stream().filter(BackupPlan::copiesToOtherAccount).forEach(p -> {
      ja.add("プラン " + p.resource().id() + " が別アカウントにコピーしています");
      en.add("plan " + p.resource().id() + " copies to another account");
    });
    List<BackupVault> used = used(plans, vaults);
    used.stream().filter(v -> v.immutabilityAt(ctx.now()) == Immutability.LOCKED).forEach(v -> {
      ja.add("保管庫 " + v.resource().id() + " は変更不可でロックされています");
      en.add("vault " + v.resource().id() + " is immutable and locked");
    });
    if (!ja.isEmpty()) {
      return Result.pass(ref, Text.of(String.join("。", ja), String.join("; ", en)));
    }
    boolean copyAccountUnknown = plans.stream().anyMatch(p -> !p.copies().isKnown())
        || plans.stream().flatMap(p -> p.knownCopies().stream()).anyMatch(c -> c.account() == null);
    boolean lockUnknown = used.stream().anyMatch(v -> v.immutabilityAt(ctx.now()) == Immutability.UNKNOWN)
        || vaults.stream().filter(v -> !used.contains(v) && !v.recoveryPoints().isKnown() && !named(plans, vaults))
            .anyMatch(v -> v.immutabilityAt(ctx.now()) != Immutability.NONE); // may be in use: its points were not read
    if (copyAccountUnknown || lockUnknown) {
      return Result.unknown(ref, Text.of(
          "別アカウントへのコピーもロックされた保管庫も確認できず、コピー先アカウントまたは保管庫のロック状態が不明です",
          "no copy to another account and no locked vault found, but a copy's destination account "
              + "or a vault's lock state is unknown"));
    }
    return Result.fail(ref, Text.of(
        "別アカウントにコピーするバックアッププランも、ロックされた保管庫もありません（"
            + plans.size() + " プラン、" + vaults.size() + " 保管庫）",
        "no backup plan copies to another account and no vault is locked (" + plans.size()
            + " plan(s), " + vaults.size() + " vault(s))"));
  }

  /** The vaults the plans write to or copy into; where no plan names a vault, those holding recovery points. */
  private static List<BackupVault> used(List<BackupPlan> plans, List<BackupVault> vaults) {
    boolean named = named(plans, vaults);
    return vaults.stream().filter(v -> named ? plans.stream().anyMatch(p -> p.uses(v.resource().id()))
        : v.recoveryPoints().isKnown() && v.recoveryPoints().value() > 0).toList();
  }

  private static boolean named(List<BackupPlan> plans, List<BackupVault> vaults) {
    return plans.stream().anyMatch(p -> !p.vaults().isEmpty())
        || vaults.stream().anyMatch(v -> plans.stream().anyMatch(p -> p.uses(v.resource().id())));
  }
}
