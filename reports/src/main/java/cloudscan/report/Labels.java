package cloudscan.report;

import cloudscan.core.catalog.AssessmentKind;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.engine.AttestationState;
import cloudscan.core.engine.RequirementStatus;

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
