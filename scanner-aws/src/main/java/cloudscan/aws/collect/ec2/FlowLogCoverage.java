package cloudscan.aws.collect.ec2;

import cloudscan.core.fact.VirtualNetwork.FlowLogs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which part of a VPC's traffic active flow logs record: a VPC-wide log, or one on every subnet, is
 * ALL; logs on some subnets only are PARTIAL; none (or logs on single interfaces) is NONE.
 */
final class FlowLogCoverage {

  private FlowLogCoverage() { }

  /**
   * @param logged  IDs of VPCs and subnets (and interfaces) with an active, delivering flow log
   * @param subnets subnet IDs per VPC
   */
  static FlowLogs of(String vpcId, Set<String> logged, Map<String, List<String>> subnets) {
    if (logged.contains(vpcId)) {
      return FlowLogs.ALL;
    }
    List<String> mine = subnets.getOrDefault(vpcId, List.of());
    long covered = mine.stream().filter(logged::contains).count();
    if (covered == 0) {
      return FlowLogs.NONE;
    }
    return covered == mine.size() ? FlowLogs.ALL : FlowLogs.PARTIAL;
  }
}
