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

/** SSH, RDP, WinRM or Telnet reachable from the whole internet. */
public final class AdminPortOpen implements Check {

  static final Set<Integer> ADMIN_PORTS = Set.of(22, 23, 3389, 5985, 5986);

  private static final Text CLEAN = Text.of(
        "インターネットに開放された管理用ポートはありません",
        "no admin port open to the internet");

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("net.admin-port-open")
        .title(Text.of("管理用ポートがインターネットに開放されている", "Admin port open to the internet"))
        .remediation(Text.of(
            "0.0.0.0/0 や ::/0 からの SSH/RDP 許可を削除し、Session Manager・Bastion・IAP 等の管理された経路を使う",
            "Remove rules allowing SSH/RDP from 0.0.0.0/0 or ::/0; use a managed path such as "
                + "Session Manager, Bastion or IAP"))
        .severity(Severity.HIGH)
        .requirements("3.3", "3.11")
        .needs(NetworkRule.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return PerTarget.judge(facts, AdminPortOpen::offence, Status.FAIL, CLEAN);
  }

  /** The rule's problem, or null if it has none. */
  static Text offence(NetworkRule rule) {
    return PerTarget.portsOpenToInternet(rule, ADMIN_PORTS, WHAT);
  }

  private static final Text WHAT = Text.of("管理用ポート", "admin port(s)");
}
