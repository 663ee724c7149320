package cloudscan.checks.residency;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.JapanLocations;
import cloudscan.core.fact.Located;
import cloudscan.core.fact.ResourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A resource that holds data stands in a region or zone outside Japan (or a global one). About the
 * whole estate: a location of a scanned account that was never examined keeps 1.1 from being met.
 */
public final class ResourceOutsideJapan implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("residency.outside-japan")
        .title(Text.of("日本国外のロケーションにリソースがある", "Resource located outside Japan"))
        .remediation(Text.of(
            "データを日本国内のリージョン（AWS ap-northeast-1/3、Azure japaneast/japanwest、GCP "
                + "asia-northeast1/2・ASIA1）へ移し、国外のリソースを削除する。グローバルサービスは国内限定の設定にする",
            "Move the data to a Japanese region (AWS ap-northeast-1/3, Azure japaneast/japanwest, GCP "
                + "asia-northeast1/2 or ASIA1) and delete the resource abroad; restrict global services to Japan"))
        .severity(Severity.HIGH)
        .requirements("1.1")
        .needs(Located.class)
        .estateWide()
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return oncePerResource(facts.all(Located.class)).stream().map(ResourceOutsideJapan::judge);
  }

  /**
   * The readings to judge per resource: when an inventory service (Resource Graph, Cloud Asset,
   * Resource Explorer) and the resource's own service both located it, the service's readings win
   * (Cloud Asset reports ASIA for a configurable dual-region bucket whose data stays in Japan).
   * Every distinct reading of the winning kind is judged, so two services that disagree are never
   * settled by whichever came first: the worst verdict stands.
   */
  static List<Located> oncePerResource(List<Located> all) {
    Map<String, List<Located>> byId = new LinkedHashMap<>();
    for (Located l : all) {
      String key = l.resource().cloud().id() + "|" + l.resource().account() + "|" + l.resource().id();
      byId.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(l);
    }
    List<Located> out = new java.util.ArrayList<>();
    for (List<Located> readings : byId.values()) {
      boolean service = readings.stream().anyMatch(l -> !l.inventory());
      Map<String, Located> distinct = new LinkedHashMap<>();
      readings.stream().filter(l -> !service || !l.inventory())
          .forEach(l -> distinct.putIfAbsent(l.resource().location() + "|" + l.zone(), l));
      out.addAll(distinct.values());
    }
    return out;
  }

  private static Result judge(Located l) {
    ResourceRef r = l.resource();
    String where = where(l);
    return switch (l.residency()) {
      case JAPAN -> Result.pass(r, Text.of("日本国内にあります（" + where + "）", "located in Japan (" + where + ")"));
      case ABROAD -> JapanLocations.inJapan(r.cloud(), r.location())
          ? Result.fail(r, Text.of(
              "ゾーン " + l.zoneName() + " は日本国外にあります。親リージョン " + r.location()
                  + " は日本国内ですが、このゾーン（ローカルゾーン等）は国外の都市にあります",
              "zone " + l.zoneName() + " is outside Japan although its parent region " + r.location()
                  + " is in Japan (a Local Zone or similar in a foreign city)"))
          : Result.fail(r, Text.of("日本国外のロケーションにあります（" + where + "）",
              "located outside Japan (" + where + ")"));
      case GLOBAL -> Result.warn(r, Text.of(
          "グローバルサービスです（" + where + "）。データが国外で提供・キャッシュされる可能性があるため、確認が必要です",
          "global service (" + where + "): data may be served or cached outside Japan; needs review"));
      case UNKNOWN -> l.zone().isUnread() ? Result.unknown(r, Text.of(
          "ゾーンを読み取れなかったため、国外のローカルゾーンにないか判定できません（" + where + "）",
          "the zone could not be read: cannot rule out a Local Zone abroad (" + where + ")"))
          : Result.warn(r, Text.of(
          "ロケーション名「" + where + "」を判定できません。日本国内であることを確認してください",
          "unknown location name '" + where + "': confirm that it is in Japan"));
    };
  }

  private static String where(Located l) {
    String loc = l.resource().location();
    String zone = l.zoneName();
    return zone == null || zone.isBlank() ? loc : loc + " / " + zone;
  }
}
