package cloudscan.checks.resilience;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.BackupPlan;
import cloudscan.core.fact.DataStore;
import cloudscan.core.fact.Replica;
import cloudscan.core.fact.Residency;
import cloudscan.core.fact.ResourceLabel;
import cloudscan.checks.Tags;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A data store that lives in one zone and has no copy in the other Japanese region (3.7, advisory).
 * Redundancy counts only inside Japan: a replica abroad is never redundancy (that breaks 1.1). A
 * backup plan counts only for the stores its selections select (by ID or by tag); a selection by
 * tag on a store whose tags were not read is UNKNOWN.
 */
public final class SingleZoneStore implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("resilience.single-zone-store")
        .title(Text.of("データストアが単一ゾーンにしかない", "Data store in a single zone only"))
        .remediation(Text.of(
            "マルチ AZ・ゾーン冗長構成にするか、国内の別リージョン（東京⇔大阪、東日本⇔西日本）へレプリカまたは"
                + "バックアップのコピーを置く。国外へのコピーは不可",
            "Make the store multi-zone (Multi-AZ, zone-redundant, regional) or keep a replica or "
                + "backup copy in the other Japanese region (Tokyo/Osaka, Japan East/West); never abroad"))
        .severity(Severity.LOW)
        .requirements("3.7")
        .needs(DataStore.class, Replica.class, BackupPlan.class, ResourceLabel.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    Map<String, List<Replica>> replicas = facts.all(Replica.class).stream()
        .collect(Collectors.groupingBy(r -> r.resource().id()));
    Map<Scope, List<BackupPlan>> copying = facts.all(BackupPlan.class).stream()
        .filter(BackupPlan::copiesToOtherJapaneseLocation)
        .collect(Collectors.groupingBy(p -> account(p.resource())));
    Tags tags = Tags.of(facts);
    return facts.all(DataStore.class).stream()
        .map(s -> judge(s, replicas, copying.getOrDefault(account(s.resource()), List.of()), tags));
  }

  private static Result judge(DataStore store, Map<String, List<Replica>> replicas, List<BackupPlan> copying,
      Tags tags) {
    ResourceRef ref = store.resource();
    if (store.multiZone().is(true)) {
      return Result.pass(ref, Text.of("複数ゾーンに冗長化されています", "redundant across zones"));
    }
    List<Replica> own = replicas.getOrDefault(ref.id(), List.of());
    Optional<Replica> inJapan = own.stream()
        .filter(r -> r.crossesLocation() && r.destinationResidency() == Residency.JAPAN).findFirst();
    if (inJapan.isPresent()) {
      String dest = inJapan.get().destinationLocation();
      return Result.pass(ref, Text.of("国内の別リージョン " + dest + " にレプリカがあります",
          "replica in the other Japanese location " + dest));
    }
    boolean selectionUnknown = false;
    for (BackupPlan plan : copying) {
      Boolean selects = plan.selects(ref, tags.of(ref.id()));
      if (Boolean.TRUE.equals(selects)) {
        return Result.pass(ref, Text.of(
            "バックアッププラン " + plan.resource().id() + " がこのデータストアを選択し、国内の別リージョンにコピーしています",
            "backup plan " + plan.resource().id() + " selects this store and copies it to another Japanese location"));
      }
      selectionUnknown |= selects == null;
    }
    String abroad = own.stream().filter(r -> r.destinationResidency() != Residency.JAPAN)
        .map(Replica::destinationLocation).map(String::valueOf).collect(Collectors.joining(", "));
    String abroadJa = abroad.isEmpty() ? ""
        : "（国内でないレプリカ先 " + abroad + " は冗長化とみなしません。要件１（１）を確認してください）";
    String abroadEn = abroad.isEmpty() ? ""
        : " (the replica to " + abroad + " is not in Japan and does not count as redundancy; "
            + "see requirement 1.1)";
    if (selectionUnknown) {
      return Result.unknown(ref, Text.of(
          "国内の別リージョンにコピーするバックアッププランがありますが、このデータストアを選択しているか判定できません"
              + "（選択条件またはタグを読み取れませんでした）" + abroadJa,
          "a backup plan copies to another Japanese location, but whether it selects this store could not be "
              + "told (its selection or the store's tags could not be read)" + abroadEn));
    }
    if (!store.multiZone().isKnown()) {
      return Result.unknown(ref, Text.of(
          "ゾーン冗長かどうかを確認できず、国内の別リージョンへのレプリカもありません" + abroadJa,
          "could not read whether the store is multi-zone, and it has no replica in another "
              + "Japanese location" + abroadEn));
    }
    return Result.fail(ref, Text.of(
        "単一ゾーンのみで、国内の別リージョンへのレプリカやバックアップのコピーもありません（要件３（７）は"
            + "カタログ上、推奨事項です）" + abroadJa,
        "single zone only, with no replica or backup copy in another Japanese location "
            + "(3.7 is advisory in the catalog)" + abroadEn));
  }

  private static Scope account(ResourceRef ref) {
    return ref.accountScope();
  }
}
