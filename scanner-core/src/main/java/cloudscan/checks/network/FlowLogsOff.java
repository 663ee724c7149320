package cloudscan.checks.network;

import cloudscan.core.check.Check;
import cloudscan.core.check.CheckSpec;
import cloudscan.core.check.EvalContext;
import cloudscan.core.check.Facts;
import cloudscan.core.check.Result;
import cloudscan.core.check.Severity;
import cloudscan.core.check.Text;
import cloudscan.core.fact.VirtualNetwork;
import java.util.stream.Stream;

/** A VPC / VNet / VPC network whose boundary traffic is not recorded, or only in some subnets. */
public final class FlowLogsOff implements Check {

  @Override
  public CheckSpec spec() {
    return CheckSpec.id("net.flow-logs-off")
        .title(Text.of("フローログが無効になっている", "Flow logs are off"))
        .remediation(Text.of(
            "VPC フローログ（AWS）、VNet フローログ（Azure）、全サブネットのフローログ（GCP）を有効にし、"
                + "1 年以上保管するログ保存先に送る",
            "Turn on VPC flow logs (AWS), VNet flow logs (Azure) or flow logs on every subnet (GCP) and "
                + "send them to a log store kept for at least one year"))
        .severity(Severity.MEDIUM)
        .requirements("3.2", "3.3")
        .needs(VirtualNetwork.class)
        .build();
  }

  @Override
  public Stream<Result> evaluate(Facts facts, EvalContext ctx) {
    return facts.all(VirtualNetwork.class).stream().map(FlowLogsOff::judge);
  }

  private static Result judge(VirtualNetwork net) {
    String kind = net.isDefault() ? "（既定のネットワーク）" : "";
    String kindEn = net.isDefault() ? " (default network)" : "";
    if (!net.flowLogs().isKnown()) {
      return Result.unknown(net.resource(), Text.of(
          "フローログの設定を読み取れませんでした" + kind, "flow log setting could not be read" + kindEn));
    }
    return switch (net.flowLogs().value()) {
      case ALL -> Result.pass(net.resource(), Text.of("フローログは有効です" + kind, "flow logs are on" + kindEn));
      case PARTIAL -> Result.fail(net.resource(), Text.of(
          "一部のサブネットでしかフローログが有効になっていません。残りのサブネットを通る通信が記録されていません" + kind,
          "flow logs are on for some subnets only: traffic through the others is not recorded" + kindEn));
      case NONE -> Result.fail(net.resource(), Text.of(
          "フローログが無効です。境界を通る通信が記録されていません" + kind,
          "flow logs are off: traffic across the network boundary is not recorded" + kindEn));
    };
  }
}
