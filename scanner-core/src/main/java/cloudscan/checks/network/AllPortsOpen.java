package cloudscan.checks.network;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.ResourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every TCP or UDP port reachable from the internet: the rule set's rules together (two rules
 * 0-32767 and 32768-65535 are all ports), judged as {@link AdminPortOpen}.
 */
public final class AllPortsOpen implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("net.all-ports-open")
        .title(Text.of("全ポート・全プロトコルがインターネットに開放されている", "All ports open to the internet"))
        .remediation(Text.of(
            "インターネットから全通信・全ポートを許可するルールを削除し、必要なプロトコルとポートだけを必要な送信元に許可する",
            "Delete rules allowing all traffic or all ports from the internet; allow only the "
                + "protocols and ports that are needed, from the sources that need them"))
        .severity(Severity.CRITICAL)
        .requirements("3.3", "3.4")
        .needs(NetworkRule.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    Firewalls fw = Firewalls.of(facts);
    return fw.ruleSets().stream()
        .filter(rs -> fw.mode(rs) != Firewalls.Mode.UNATTACHED)
        .map(rs -> judge(fw, rs));
  }

  private static Result judge(Firewalls fw, ResourceRef rs) {
    List<String> rules = new ArrayList<>();
    boolean[] unknown = {false};
    List<String> protocols = RuleSetVerdicts.allPortsOpen(fw, rs, rules, unknown);
    if (!protocols.isEmpty()) {
      String list = String.join("/", protocols);
      return Result.fail(rs, Text.of(
          list + " の全ポートがインターネットから到達可能です（ルール " + String.join(", ", rules) + "）"
              + RuleSetVerdicts.via(fw, rs, true),
          "every " + list + " port reachable from the internet (rules " + String.join(", ", rules) + ")"
              + RuleSetVerdicts.via(fw, rs, false)));
    }
    if (unknown[0]) {
      return Result.unknown(rs, RuleSetVerdicts.unresolved());
    }
    return Result.pass(rs, Text.of("全ポートをインターネットに開放してはいません",
        "does not open all ports to the internet"));
  }
}
