package cloudscan.checks.exposure;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.ComputeInstance;
import java.util.stream.Stream;

/**
 * A server with no managed maintenance path (SSM Session Manager, Azure Bastion/JIT, GCP IAP/OS
 * Login): it is then maintained over direct SSH/RDP, from the internet if it has a public IP.
 */
public final class ServerWithoutManagedAccess implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("exposure.server-without-managed-access")
        .title(Text.of("管理された保守経路のないサーバー", "Server without a managed maintenance path"))
        .remediation(Text.of(
            "Systems Manager Session Manager・EC2 Instance Connect Endpoint（AWS）、Bastion・JIT（Azure）、"
                + "IAP・OS Login（GCP）を使って保守し、パブリック IP と直接の SSH/RDP 許可を外す",
            "Maintain the server through Systems Manager Session Manager or EC2 Instance Connect "
                + "Endpoint (AWS), Bastion or JIT (Azure), IAP or OS Login (GCP); remove its public IP "
                + "and direct SSH/RDP rules"))
        .severity(Severity.MEDIUM)
        .requirements("3.11")
        .needs(ComputeInstance.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(ComputeInstance.class).stream().map(ServerWithoutManagedAccess::judge);
  }

  private static Result judge(ComputeInstance vm) {
    if (!vm.managedAccess().isKnown()) {
      return Result.unknown(vm.resource(), Text.of(
          "管理された保守経路の有無を確認できませんでした", "could not tell whether a managed maintenance path exists"));
    }
    if (vm.managedAccess().value()) {
      return Result.pass(vm.resource(), Text.of(
          "管理された保守経路（Session Manager・Bastion・IAP 等）が使えます",
          "reachable through a managed maintenance path (Session Manager, Bastion, IAP…)"));
    }
    if (!vm.publicIp().isKnown()) {
      return Result.unknown(vm.resource(), Text.of(
          "管理された保守経路がなく、パブリック IP の有無を確認できませんでした",
          "no managed maintenance path, and whether it has a public IP could not be read"));
    }
    if (vm.publicIp().value()) {
      return Result.fail(vm.resource(), Text.of(
          "管理された保守経路がなく、パブリック IP を持っています。インターネットから直接保守されている恐れがあります",
          "no managed maintenance path and a public IP: it may be maintained directly from the internet"));
    }
    return Result.warn(vm.resource(), Text.of(
        "管理された保守経路がありません（パブリック IP はありません）。保守経路と接続元の管理を確認してください",
        "no managed maintenance path (no public IP): review how and from where it is maintained"));
  }
}
