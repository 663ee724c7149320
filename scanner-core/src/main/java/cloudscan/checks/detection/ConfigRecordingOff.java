package cloudscan.checks.detection;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Expectation;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.SecurityService;
import java.util.stream.Stream;

/**
 * Configuration recording (AWS Config recorder, Azure activity log, GCP Admin Activity audit
 * logs) off, or absent in a scanned region: changes there could not be traced (2.4).
 */
public final class ConfigRecordingOff implements Check {

  private static final Text WHAT = Text.of("構成変更の記録", "configuration recording");

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
        .expects(Expectation.perLocation(SecurityService.class, SecurityService.Kind.CONFIG_RECORDING)
            .fail(Text.of("このリージョンでは構成変更を記録していません",
                "not recording in this region: no configuration recorder found")))
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return Services.ofKind(facts, SecurityService.Kind.CONFIG_RECORDING).stream().map(r -> Services.onOff(r, WHAT));
  }
}
