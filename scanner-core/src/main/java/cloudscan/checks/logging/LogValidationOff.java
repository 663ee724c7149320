package cloudscan.checks.logging;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.AuditTrail;
import java.util.stream.Stream;

/**
 * An audit trail whose log files can be altered unnoticed. Trails of clouds without such a feature
 * (integrityValidation null) are not judged.
 */
public final class LogValidationOff implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("audit.log-validation-off")
        .title(Text.of("監査ログの改ざん検知（整合性検証）が無効", "Audit log integrity validation off"))
        .remediation(Text.of(
            "証跡のログファイル整合性検証を有効にする（CloudTrail: EnableLogFileValidation）",
            "Turn on log file integrity validation for the trail (CloudTrail: EnableLogFileValidation)"))
        .severity(Severity.MEDIUM)
        .requirements("2.4")
        .needs(AuditTrail.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return Trails.distinct(facts).stream()
        .filter(t -> t.integrityValidation() != null)
        .map(t -> Result.judge(t.resource(), t.integrityValidation(),
            Text.of("ログファイルの整合性検証が有効です", "log file integrity validation is on"),
            Text.of("ログファイルの整合性検証が無効です。ログが改ざんされても検知できません",
                "log file integrity validation is off: altered log files would go unnoticed")));
  }
}
