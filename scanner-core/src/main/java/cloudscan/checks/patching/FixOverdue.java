package cloudscan.checks.patching;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.Vulnerability;
import java.util.stream.Stream;

/**
 * A vulnerability whose fix has been available for longer than the patch window (3.13: one week).
 * One result per finding; the finding ID is in the message, since a resource may have many.
 */
public final class FixOverdue implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("patch.fix-overdue")
        .title(Text.of("修正パッチが公開から１週間以上適用されていない", "Patch not applied within one week of release"))
        .remediation(Text.of(
            "修正パッチを適用する。１週間以内に適用できない場合は、適用時期と暫定対策を市と協議し承認を得て、"
                + "承認者と期限を付けた例外（waiver）として登録する",
            "Apply the fix. If it cannot be applied within one week, agree the timing and interim "
                + "measures with the city, get its approval and record it as a waiver with approver "
                + "and expiry"))
        .severity(Severity.HIGH)
        .requirements("3.13")
        .needs(Vulnerability.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    int window = ctx.thresholds().patchWindowDays();
    return facts.all(Vulnerability.class).stream().map(v -> judge(v, ctx, window));
  }

  private static Result judge(Vulnerability v, EvalContext ctx, int window) {
    String what = v.findingId() + " [" + v.severity() + "]";
    if (v.fixAvailableSince().isNotOffered()) {
      return Result.pass(v.resource(), Text.of(
          what + ": 修正はまだ公開されていません。公開を追跡してください",
          what + ": no fix available yet; track it"));
    }
    if (v.fixAvailableSince().isUnread()) {
      return Result.unknown(v.resource(), Text.of(
          what + ": 修正は公開されていますが、公開日を読み取れませんでした",
          what + ": a fix exists but when it was released could not be read"));
    }
    long days = v.daysSinceFix(ctx.now());
    if (v.fixOverdue(ctx.now(), window)) {
      return Result.fail(v.resource(), Text.of(
          what + ": 修正の公開から " + window + " 日を超えて未適用です（経過 " + days + " 日）",
          what + ": fix available for more than " + window + " days (" + days + " days) but not applied"));
    }
    return Result.pass(v.resource(), Text.of(
        what + ": 修正公開から " + days + " 日で、適用期限（" + window + " 日）内です",
        what + ": fix available " + days + " days, within the " + window + "-day window"));
  }
}
