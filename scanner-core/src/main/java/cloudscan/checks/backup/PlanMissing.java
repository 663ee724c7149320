package cloudscan.checks.backup;

import cloudscan.checks.Scopes;
import cloudscan.checks.Tags;
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
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.StoreKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A scanned account holds data stores but no backup plan protects any of them. No plan at all is
 * the engine's expectation (FAIL where plans were looked for, UNKNOWN where not). With plans, the
 * account passes only if some plan's selections select at least one of its data stores; plans
 * that select nothing there FAIL; UNKNOWN when that depends on selections or tags not read.
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
    Tags tags = Tags.of(facts);
    return facts.estate().accounts().stream().flatMap(account -> {
      List<DataStore> mine = Scopes.inAccount(facts, stores, account);
      List<BackupPlan> itsPlans = Scopes.inAccount(facts, plans, account);
      return mine.isEmpty() || itsPlans.isEmpty() ? Stream.empty()
          : Stream.of(judge(account.asResource(), mine, itsPlans, tags));
    });
  }

  private static Result judge(ResourceRef account, List<DataStore> stores, List<BackupPlan> plans, Tags tags) {
    long selected = 0;
    long undecided = 0;
    for (DataStore s : stores) {
      List<Boolean> answers = plans.stream().map(p -> p.selects(s.resource(), tags.of(s.resource().id()))).toList();
      if (answers.contains(Boolean.TRUE)) {
        selected++;
      } else if (answers.contains(null)) {
        undecided++;
      }
    }
    int n = stores.size();
    if (selected > 0) {
      return Result.pass(account, Text.of(
          "データストア " + n + " 件のうち " + selected + " 件をバックアッププラン（" + plans.size() + " 件）が選択しています",
          selected + " of " + n + " data store(s) selected by the " + plans.size() + " backup plan(s)"));
    }
    if (undecided > 0) {
      return Result.unknown(account, Text.of(
          "バックアッププランはありますが、データストア " + n + " 件のいずれかを選択しているか判定できません"
              + "（選択条件またはタグを読み取れませんでした）",
          "backup plans exist, but whether they select any of the " + n + " data store(s) could not be told "
              + "(a selection or the stores' tags could not be read)"));
    }
    return Result.fail(account, Text.of(
        "バックアッププラン " + plans.size() + " 件は、データストア " + n + " 件のいずれも選択していません",
        "the " + plans.size() + " backup plan(s) select none of the " + n + " data store(s)"));
  }
}
