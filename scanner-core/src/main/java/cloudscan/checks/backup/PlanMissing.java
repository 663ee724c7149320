package cloudscan.checks.backup;

import cloudscan.checks.Scopes;
import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Expectation;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.StoreKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A scanned account holds data stores but has no backup plan at all (the engine's expectation:
 * FAIL where plans were looked for, UNKNOWN where not). An account with stores and plans passes.
 */
public final class PlanMissing implements Check {

  static final Set<StoreKind> BACKED_UP_KINDS = EnumSet.of(StoreKind.DATABASE, StoreKind.NOSQL,
      StoreKind.BLOCK_STORAGE, StoreKind.FILE_STORAGE, StoreKind.OBJECT_STORAGE);

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("backup.plan-missing")
        .title(Text.of("データストアがあるのにバックアッププランがない", "Data stores without any backup plan"))
        .remediation(Text.of(
            "データベース・ストレージ等を対象とするバックアッププラン（AWS Backup、Azure Backup、GCP Backup and DR）"
                + "を作成する",
            "Create a backup plan covering the databases and storage (AWS Backup, Azure Backup, "
                + "GCP Backup and DR)"))
        .severity(Severity.HIGH)
        .requirements("3.12")
        .expects(Expectation.perAccount(BackupPlan.class)
            .onlyWhere(DataStore.class, s -> BACKED_UP_KINDS.contains(s.kind()), "data stores")
            .fail(Text.of("データストアがありますが、バックアッププランがありません", "data stores but no backup plan")))
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    List<DataStore> stores = facts.all(DataStore.class).stream().filter(s -> BACKED_UP_KINDS.contains(s.kind())).toList();
    List<BackupPlan> plans = facts.all(BackupPlan.class);
    return facts.estate().accounts().stream().flatMap(account -> {
      int storeCount = Scopes.inAccount(facts, stores, account).size();
      int planCount = Scopes.inAccount(facts, plans, account).size();
      return storeCount == 0 || planCount == 0 ? Stream.empty() : Stream.of(Result.pass(account.asResource(), Text.of(
          "データストア " + storeCount + " 件、バックアッププラン " + planCount + " 件があります",
          storeCount + " data store(s), " + planCount + " backup plan(s)")));
    });
  }
}
