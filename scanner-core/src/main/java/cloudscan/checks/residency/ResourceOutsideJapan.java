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
import java.util.stream.Stream;

/** A resource that holds data stands in a region or zone outside Japan (or a global one). */
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
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(Located.class).stream().map(ResourceOutsideJapan::judge);
  }

  private static Result judge(Located l) {
    ResourceRef r = l.resource();
    String where = where(l);
    return switch (l.residency()) {
      case JAPAN -> Result.pass(r, Text.of("日本国内にあります（" + where + "）", "located in Japan (" + where + ")"));
      case ABROAD -> JapanLocations.inJapan(r.cloud(), r.location())
          ? Result.fail(r, Text.of(
              "ゾーン " + l.zone() + " は日本国外にあります。親リージョン " + r.location()
                  + " は日本国内ですが、このゾーン（ローカルゾーン等）は国外の都市にあります",
              "zone " + l.zone() + " is outside Japan although its parent region " + r.location()
                  + " is in Japan (a Local Zone or similar in a foreign city)"))
          : Result.fail(r, Text.of("日本国外のロケーションにあります（" + where + "）",
              "located outside Japan (" + where + ")"));
      case GLOBAL -> Result.warn(r, Text.of(
          "グローバルサービスです（" + where + "）。データが国外で提供・キャッシュされる可能性があるため、確認が必要です",
          "global service (" + where + "): data may be served or cached outside Japan; needs review"));
      case UNKNOWN -> Result.warn(r, Text.of(
          "ロケーション名「" + where + "」を判定できません。日本国内であることを確認してください",
          "unknown location name '" + where + "': confirm that it is in Japan"));
    };
  }

  private static String where(Located l) {
    String loc = l.resource().location();
    return l.zone() == null || l.zone().isBlank() ? loc : loc + " / " + l.zone();
  }
}
