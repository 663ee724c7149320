package cloudscan.checks.detection;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.SecurityService;
import java.util.List;
import java.util.stream.Stream;

/**
 * Threat detection (GuardDuty, Defender for Cloud, Security Command Center) off or absent in a
 * collected region. Collectors emit a disabled fact when the service is off; a scanned region with
 * no fact at all is off too, so an account with nothing switched on fails instead of being skipped.
 */
public final class ThreatDetectionOff implements Check {

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
        .needs(SecurityService.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    List<SecurityService> detectors = Coverage.ofKind(facts, SecurityService.Kind.THREAT_DETECTION);
    Stream<Result> judged = detectors.stream().map(d -> Result.judge(d.resource(), d.enabled(),
        Text.of("脅威検知が有効です（" + Coverage.label(d) + "）",
            "threat detection is on (" + Coverage.label(d) + ")"),
        Text.of("脅威検知が無効です（" + Coverage.label(d) + "）",
            "threat detection is off (" + Coverage.label(d) + ")")));
    Stream<Result> missing = Coverage.regions(facts).stream()
        .filter(s -> !Coverage.covers(detectors, s))
        .map(s -> Result.fail(s.asResource(), Text.of(
            "このリージョンでは脅威検知が有効になっていません",
            "no threat detection in this region")));
    return Stream.concat(judged, missing);
  }
}
