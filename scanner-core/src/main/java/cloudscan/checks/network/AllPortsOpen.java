package cloudscan.checks.network;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Status;
import cloudscan.core.check.Text;
import cloudscan.core.fact.NetworkRule;
import java.util.stream.Stream;

/** Every protocol, or every TCP/UDP port, allowed in from the whole internet. */
public final class AllPortsOpen implements Check {

  private static final Text CLEAN = Text.of(
        "全ポートをインターネットに開放してはいません",
        "does not open all ports to the internet");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("net.all-ports-open")
        .title(Text.of("全ポート・全プロトコルがインターネットに開放されている", "All ports open to the internet"))
        .remediation(Text.of(
            "0.0.0.0/0 や ::/0 から全通信・全ポートを許可するルールを削除し、必要なプロトコルとポートだけを必要な送信元に許可する",
            "Delete rules allowing all traffic or all ports from 0.0.0.0/0 or ::/0; allow only the "
                + "protocols and ports that are needed, from the sources that need them"))
        .severity(Severity.CRITICAL)
        .requirements("3.3")
        .needs(NetworkRule.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return PerTarget.judge(facts, AllPortsOpen::offence, Status.FAIL, CLEAN);
  }

  /** The rule's problem, or null if it has none. */
  static Text offence(NetworkRule rule) {
    if (rule.fromInternet() && rule.opensAllPorts()) {
      boolean all = rule.allowsAllTraffic();
      return Text.of(
          (all ? "全プロトコル・全ポート" : "全ポート（" + rule.portsLabel() + "）") + "の通信が "
              + rule.sourcesLabel() + " から許可されています（" + rule.ruleId() + "）",
          (all ? "all traffic" : "all ports (" + rule.portsLabel() + ")") + " allowed from "
              + rule.sourcesLabel() + " (" + rule.ruleId() + ")");
    }
    return null;
  }
}
