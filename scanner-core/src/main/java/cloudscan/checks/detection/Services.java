package cloudscan.checks.detection;

import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Text;
import cloudscan.core.fact.SecurityService;
import java.util.List;

/** Helpers shared by the detection checks: services of one kind, their labels, one verdict each. */
final class Services {

  private Services() { }

  static List<SecurityService> ofKind(Facts facts, SecurityService.Kind kind) {
    return facts.all(SecurityService.class).stream().filter(s -> s.kind() == kind).toList();
  }

  /** What the report calls the service: its detail, or the resource ID when there is none. */
  static String label(SecurityService s) {
    return s.detail() == null || s.detail().isBlank() ? s.resource().id() : s.detail();
  }

  /**
   * True if {@code s} covers no scope with servers and servers were looked for, without a gap, in
   * every scanned scope it covers: nothing there needs it yet.
   */
  static boolean idle(Facts facts, SecurityService s, java.util.Set<cloudscan.core.fact.Scope> servers) {
    cloudscan.core.check.Estate estate = facts.estate();
    cloudscan.core.fact.Scope at = s.resource().scope();
    java.util.List<cloudscan.core.fact.Scope> covered = estate.scopes().stream()
        .filter(x -> estate.coveringScopes(x).contains(at)).toList();
    return servers.stream().noneMatch(x -> estate.coveringScopes(x).contains(at))
        && !covered.isEmpty()
        && covered.stream().allMatch(x -> estate.complete(x, cloudscan.core.fact.ComputeInstance.class));
  }

  /** PASS when on, FAIL when off, UNKNOWN when the state could not be read. */
  static Result onOff(SecurityService s, Text what) {
    String l = label(s);
    if (!s.enabled().isKnown()) {
      return Result.unknown(s.resource(), Text.of(what.ja() + "の状態を読み取れませんでした（" + l + "）",
          "could not read whether " + what.en() + " is on (" + l + ")"));
    }
    return Result.judge(s.resource(), s.enabled().value(),
        Text.of(what.ja() + "が有効です（" + l + "）", what.en() + " is on (" + l + ")"),
        Text.of(what.ja() + "が無効です（" + l + "）", what.en() + " is off (" + l + ")"));
  }
}
