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
import java.util.Set;
import java.util.stream.Stream;

/**
 * SSH, Telnet, RDP or WinRM reachable from the internet: judged per rule set, with all its rules
 * together in the cloud's order, and where attachments are known through every layer in front of
 * the listeners (see {@link Firewalls}).
 */
public final class AdminPortOpen implements Check {

  static final Set<Integer> ADMIN_PORTS = Set.of(22, 23, 3389, 5985, 5986);

  private static final Text CLEAN = Text.of(
      "インターネットから到達可能な管理用ポートはありません", "no admin port reachable from the internet");
  private static final Text WHAT = Text.of("管理用ポート", "admin port(s)");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("net.admin-port-open")
        .title(Text.of("管理用ポートがインターネットに開放されている", "Admin port open to the internet"))
        .remediation(Text.of(
            "インターネット（0.0.0.0/0、::/0、Internet・AzureCloud タグ等）からの SSH/RDP 許可を削除し、"
                + "Session Manager・Bastion・IAP 等の管理された経路を使う",
            "Remove rules allowing SSH/RDP from the internet (0.0.0.0/0, ::/0, the Internet or "
                + "AzureCloud tags); use a managed path such as Session Manager, Bastion or IAP"))
        .severity(Severity.HIGH)
        .requirements("3.3", "3.4", "3.11")
        .needs(NetworkRule.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return RuleSetVerdicts.ports(Firewalls.of(facts), ADMIN_PORTS, WHAT, Status.FAIL, CLEAN);
  }
}
