package cloudscan.report;

import cloudscan.core.catalog.AssessmentKind;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.AttestationState;
import cloudscan.core.engine.Baseline;
import cloudscan.core.engine.RequirementResult;
import cloudscan.core.engine.RequirementStatus;
import cloudscan.core.fact.SkipCause;
import cloudscan.core.snapshot.GapKind;

/** Display names of the result enums in Japanese and English, shared by every human format. */
public final class Labels {

  private Labels() { }

  public static Text of(RequirementStatus s) {
    return switch (s) {
      case MET -> Text.of("適合", "Met");
      case NOT_MET -> Text.of("不適合", "Not met");
      case UNKNOWN -> Text.of("判定不能", "Unknown");
      case NOT_ASSESSED -> Text.of("未評価（チェック除外）", "Not assessed (checks excluded)");
      case NEEDS_REVIEW -> Text.of("要確認", "Needs review");
      case ATTESTATION_REQUIRED -> Text.of("証明が必要", "Attestation required");
      case NOT_APPLICABLE -> Text.of("該当なし", "Not applicable");
    };
  }

  /**
   * A requirement's status as people should read it: an advisory requirement (3.7, marked
   * {@code advisory} in the catalog) says so, so its "not met" never reads like a failed gate.
   */
  public static Text of(RequirementResult r) {
    Text base = of(r.status());
    return r.requirement().advisory()
        ? Text.of("参考（" + base.ja() + "）", "Advisory (" + base.en().toLowerCase(java.util.Locale.ROOT) + ")")
        : base;
  }

  /** The status code for terminals and logs: {@code NOT_MET}, or {@code NOT_MET (advisory)}. */
  public static String code(RequirementResult r) {
    return r.status().name() + (r.requirement().advisory() ? " (advisory)" : "");
  }

  /** True when an advisory requirement is not met: shown as advice, never as a failure. */
  public static boolean advisoryMiss(RequirementResult r) {
    return r.requirement().advisory() && r.status() == RequirementStatus.NOT_MET;
  }

  public static Text of(Status s) {
    return switch (s) {
      case PASS -> Text.of("合格", "Pass");
      case FAIL -> Text.of("不合格", "Fail");
      case WARN -> Text.of("要確認", "Review");
      case UNKNOWN -> Text.of("判定不能", "Unknown");
      case WAIVED -> Text.of("承認済み例外", "Waived");
    };
  }

  public static Text of(AssessmentKind k) {
    return switch (k) {
      case AUTO -> Text.of("自動判定", "Automatic");
      case PARTIAL -> Text.of("一部自動（証明を併用）", "Partial (plus attestation)");
      case ATTEST -> Text.of("証明による", "Attestation");
    };
  }

  public static Text of(AttestationState s) {
    return switch (s) {
      case NOT_NEEDED -> Text.of("不要", "Not needed");
      case MISSING -> Text.of("未提出", "Missing");
      case VALID -> Text.of("有効", "Valid");
      case EXPIRED -> Text.of("期限切れ", "Expired");
      case NOT_YET_VALID -> Text.of("未発効（証明日が未来）", "Not yet valid (attested in the future)");
    };
  }

  public static Text of(Severity s) {
    return switch (s) {
      case CRITICAL -> Text.of("緊急", "Critical");
      case HIGH -> Text.of("高", "High");
      case MEDIUM -> Text.of("中", "Medium");
      case LOW -> Text.of("低", "Low");
      case INFO -> Text.of("情報", "Info");
    };
  }

  /** Why a collection step could not look, in words (the provider's own message is shown beside it). */
  public static Text of(GapKind k) {
    return k.label();
  }

  /** Why a location was not examined. */
  public static Text of(SkipCause c) {
    return switch (c) {
      case NOT_ENABLED -> Text.of("有効化されていないオプトインリージョン", "Opt-in region not enabled");
      case OTHER_PARTITION -> Text.of("別パーティションのリージョン", "Region of another partition");
      case NOT_SELECTED -> Text.of("スキャン対象に選ばれていません", "Not selected for the scan");
      case DENIED_BY_GUARDRAIL -> Text.of("ガードレールにより拒否", "Denied by a guardrail");
      case UNREACHABLE -> Text.of("到達できませんでした", "Could not be reached");
    };
  }

  public static Text of(Baseline.Mark m) {
    return m == Baseline.Mark.NEW ? Text.of("新規", "New") : Text.of("継続", "Unchanged");
  }

  public static Text yesNo(boolean b) {
    return b ? Text.of("はい", "Yes") : Text.of("いいえ", "No");
  }

  /** A requirement's symbol; an advisory miss gets a triangle instead of the failure cross. */
  public static String symbol(RequirementResult r) {
    return advisoryMiss(r) ? "△" : symbol(r.status());
  }

  /** A symbol per requirement status, so the status never rests on colour alone. */
  public static String symbol(RequirementStatus s) {
    return switch (s) {
      case MET -> "✔";
      case NOT_MET -> "✖";
      case UNKNOWN -> "?";
      case NOT_ASSESSED -> "∅";
      case NEEDS_REVIEW -> "!";
      case ATTESTATION_REQUIRED -> "✎";
      case NOT_APPLICABLE -> "–";
    };
  }

  public static String symbol(Status s) {
    return switch (s) {
      case PASS -> "✔";
      case FAIL -> "✖";
      case WARN -> "!";
      case UNKNOWN -> "?";
      case WAIVED -> "≒";
    };
  }
}
