package cloudscan.core.snapshot;

import cloudscan.core.check.Text;

/** Why a collection step could not look. Every kind makes dependent checks UNKNOWN. */
public enum GapKind {
  ACCESS_DENIED(Text.of("権限がなく拒否されました", "access denied")),
  THROTTLED(Text.of("呼び出し回数の制限（再試行しても取得できず）", "throttled (retries exhausted)")),
  REGION_DISABLED(Text.of("リージョンが無効です", "region disabled")),
  TIMEOUT(Text.of("時間切れ", "timed out")),
  /** The API answered with something cloudscan could not understand, or is not offered there. */
  UNSUPPORTED(Text.of("応答を解釈できないか、提供されていません", "not understood or not offered")),
  ERROR(Text.of("エラー", "error"));

  private final Text label;

  GapKind(Text label) {
    this.label = label;
  }

  /** The cause in words, for reports and finding messages (the provider's own message goes beside it). */
  public Text label() {
    return label;
  }
}
