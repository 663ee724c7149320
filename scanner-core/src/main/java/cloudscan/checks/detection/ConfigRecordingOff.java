package cloudscan.checks.detection;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Scope;
import cloudscan.core.fact.SecurityService;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Configuration recording (AWS Config recorder and the like) off, or missing in a region of an
 * account that records elsewhere: changes there could not be traced (2.4).
 */
public final class ConfigRecordingOff implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("detect.config-recording-off")
        .title(Text.of("構成変更の記録が無効", "Configuration recording off"))
        .remediation(Text.of(
            "利用しているすべてのリージョンで構成変更の記録を有効にする（AWS Config レコーダー、"
                + "Azure アクティビティログ／変更履歴のエクスポート、GCP Cloud Asset Inventory のフィード）",
            "Turn on configuration recording in every region in use (AWS Config recorder, Azure "
                + "activity log / change history export, GCP Cloud Asset Inventory feeds)"))
        .severity(Severity.MEDIUM)
        .requirements("2.4")
        .needs(SecurityService.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    List<SecurityService> recorders = Coverage.ofKind(facts, SecurityService.Kind.CONFIG_RECORDING);
    Set<Scope> recordingAccounts = recorders.stream()
        .map(r -> Coverage.accountOf(r.resource().scope())).collect(Collectors.toSet());
    Stream<Result> judged = recorders.stream().map(r -> Result.judge(r.resource(), r.enabled(),
        Text.of("構成変更を記録しています（" + Coverage.label(r) + "）",
            "configuration recording is on (" + Coverage.label(r) + ")"),
        Text.of("構成変更の記録が停止しています（" + Coverage.label(r) + "）",
            "configuration recording is off (" + Coverage.label(r) + ")")));
    Stream<Result> missing = Coverage.regions(facts).stream()
        .filter(s -> recordingAccounts.contains(Coverage.accountOf(s)))
        .filter(s -> !Coverage.covers(recorders, s))
        .map(s -> Result.fail(s.asResource(), Text.of(
            "このリージョンでは構成変更を記録していません",
            "not recording in this region: no configuration recorder found")));
    return Stream.concat(judged, missing);
  }
}
