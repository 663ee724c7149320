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
 * Threat detection (GuardDuty, Defender for Cloud, Security Command Center) off, or absent in a
 * scanned region. A detector recorded for the whole account (Defender plans) or organization (SCC)
 * covers every region below it.
 */
public final class ThreatDetectionOff implements Check {

  private static final Text WHAT = Text.of("脅威検知", "threat detection");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("detect.threat-detection-off")
        .title(Text.of("脅威検知サービスが無効", "Threat detection off"))
        .remediation(Text.of(
            "利用しているすべてのアカウント・リージョンで脅威検知を有効にする（Amazon GuardDuty、"
                + "Microsoft Defender for Cloud、Security Command Center）",
            "Turn on threat detection in every account and region in use (Amazon GuardDuty, Microsoft "
                + "Defender for Cloud, Security Command Center)"))
        .severity(Severity.HIGH)
        .requirements("2.5")
        .expects(Expectation.perLocation(SecurityService.class, SecurityService.Kind.THREAT_DETECTION)
            .fail(Text.of("このリージョンでは脅威検知が有効になっていません", "no threat detection in this region")))
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return Services.ofKind(facts, SecurityService.Kind.THREAT_DETECTION).stream().map(d -> Services.onOff(d, WHAT));
  }
}
