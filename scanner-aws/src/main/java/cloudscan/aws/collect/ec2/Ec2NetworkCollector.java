package cloudscan.aws.collect.ec2;

import cloudscan.aws.collect.AwsClients;
import cloudscan.aws.collect.AwsRefs;
import cloudscan.aws.collect.Reads;
import cloudscan.aws.collect.Reads.Fetched;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.Direction;
import cloudscan.core.fact.Fact;
import cloudscan.core.fact.Known;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.RuleAction;
import cloudscan.core.fact.VirtualNetwork;
import cloudscan.core.provider.Collector;
import cloudscan.core.provider.FactSink;
import cloudscan.core.provider.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * Security-group rules and network-ACL entries → {@link NetworkRule}; VPCs with their flow logs →
 * {@link VirtualNetwork}.
 */
public final class Ec2NetworkCollector implements Collector {

  private final AwsClients clients;

  public Ec2NetworkCollector(AwsClients clients) {
    this.clients = clients;
  }

  @Override
  public String service() {
    return "ec2";
  }

  @Override
  public Set<Class<? extends Fact>> produces() {
    return Set.of(NetworkRule.class, VirtualNetwork.class);
  }

  @Override
  public void collect(Target target, FactSink out) {
    Ec2Client ec2 = clients.client(target, Ec2Client.class, Ec2Client::builder);
    ec2.describeSecurityGroupsPaginator(r -> { }).securityGroups()
        .forEach(g -> securityGroupRules(target, g).forEach(out::accept));
    ec2.describeNetworkAclsPaginator(r -> { }).networkAcls().forEach(acl -> {
      ResourceRef ref = AwsRefs.regional(clients, target, "ec2", "network-acl", acl.networkAclId());
      acl.entries().forEach(e -> out.accept(aclRule(ref, acl.networkAclId(), e)));
    });
    Fetched<Set<String>> logged = Reads.fetch(out, Set.of(VirtualNetwork.class), () -> flowLogged(target));
    ec2.describeVpcsPaginator(r -> { }).vpcs().forEach(v -> out.accept(network(target, v, logged)));
  }

  private List<NetworkRule> securityGroupRules(Target target, SecurityGroup g) {
    ResourceRef ref = AwsRefs.regional(clients, target, "ec2", "security-group", g.groupId());
    List<NetworkRule> rules = new ArrayList<>();
    for (IpPermission p : g.ipPermissions()) {
      rules.add(sgRule(ref, g.groupId(), Direction.INBOUND, p));
    }
    for (IpPermission p : g.ipPermissionsEgress()) {
      rules.add(sgRule(ref, g.groupId(), Direction.OUTBOUND, p));
    }
    return rules;
  }

  private static NetworkRule sgRule(ResourceRef ref, String groupId, Direction dir, IpPermission p) {
    Protocol protocol = Protocol.parse(p.ipProtocol());
    List<Peer> peers = new ArrayList<>();
    p.ipRanges().forEach(r -> peers.add(Peer.cidr(r.cidrIp())));
    p.ipv6Ranges().forEach(r -> peers.add(Peer.cidr(r.cidrIpv6())));
    // A prefix list is never "closed" by default: resolved from its entries, or unknown.
    p.prefixListIds().forEach(pl -> peers.add(new Peer.ListRef(pl.prefixListId())));
    p.userIdGroupPairs().forEach(pair -> peers.add(new Peer.Group(peerGroup(ref.account(), pair))));
    List<PortRange> ports = ports(protocol, p.fromPort(), p.toPort());
    String id = groupId + ":" + (dir == Direction.INBOUND ? "ingress" : "egress") + ":" + p.ipProtocol() + ":"
        + ports.stream().map(PortRange::toString).collect(Collectors.joining(","));
    return new NetworkRule(ref, id, dir, RuleAction.ALLOW, protocol, ports, peers, null, List.of());
  }

  /** {@code sg-1}, or {@code 444455556666/sg-1} for a group in another account. */
  private static String peerGroup(String account, UserIdGroupPair pair) {
    String group = pair.groupId() != null ? pair.groupId() : pair.groupName();
    return pair.userId() == null || pair.userId().equals(account) ? group : pair.userId() + "/" + group;
  }

  private static NetworkRule aclRule(ResourceRef ref, String aclId, NetworkAclEntry e) {
    Protocol protocol = Protocol.parse(e.protocol());
    Direction dir = Boolean.TRUE.equals(e.egress()) ? Direction.OUTBOUND : Direction.INBOUND;
    RuleAction action = "allow".equalsIgnoreCase(e.ruleActionAsString()) ? RuleAction.ALLOW : RuleAction.DENY;
    Integer from = e.portRange() == null ? null : e.portRange().from();
    Integer to = e.portRange() == null ? null : e.portRange().to();
    List<Peer> peers = new ArrayList<>();
    if (e.cidrBlock() != null) {
      peers.add(Peer.cidr(e.cidrBlock()));
    }
    if (e.ipv6CidrBlock() != null) {
      peers.add(Peer.cidr(e.ipv6CidrBlock()));
    }
    String id = aclId + ":" + (dir == Direction.INBOUND ? "ingress" : "egress") + ":" + e.ruleNumber();
    return new NetworkRule(ref, id, dir, action, protocol, ports(protocol, from, to), peers, e.ruleNumber(),
        List.of());
  }

  /** AWS writes "all ports" as no range (or -1), single ports as from == to. */
  static List<PortRange> ports(Protocol protocol, Integer from, Integer to) {
    if (protocol == Protocol.ALL) {
      return List.of(PortRange.ALL);
    }
    if (!protocol.hasPorts()) {
      return List.of();
    }
    if (from == null || to == null || from < 0 || to < 0) {
      return List.of(PortRange.ALL);
    }
    return List.of(new PortRange(from, to));
  }

  /** IDs of VPCs (and subnets, interfaces) with an active flow log. */
  private Set<String> flowLogged(Target target) {
    return flowLogs(clients, target).stream()
        .filter(f -> "ACTIVE".equalsIgnoreCase(f.flowLogStatus())
            && !"FAILED".equalsIgnoreCase(f.deliverLogsStatus()))
        .map(FlowLog::resourceId)
        .collect(Collectors.toSet());
  }

  /**
   * Flow-log state is unread when DescribeFlowLogs failed (that gap is already recorded). Only a
   * VPC-wide flow log counts as ALL here; subnet-level logs are not yet mapped to their VPC.
   */
  private VirtualNetwork network(Target target, Vpc v, Fetched<Set<String>> logged) {
    ResourceRef ref = AwsRefs.regional(clients, target, "ec2", "vpc", v.vpcId());
    return new VirtualNetwork(ref, Boolean.TRUE.equals(v.isDefault()), !logged.ok() ? Known.unread()
        : Known.of(logged.value().contains(v.vpcId()) ? VirtualNetwork.FlowLogs.ALL : VirtualNetwork.FlowLogs.NONE));
  }

  /** Every flow log in the target's region, read once per region (the Logs collector needs them too). */
  public static List<FlowLog> flowLogs(AwsClients clients, Target target) {
    return clients.shared(target, "ec2:DescribeFlowLogs", () -> clients
        .client(target, Ec2Client.class, Ec2Client::builder)
        .describeFlowLogsPaginator(r -> { }).flowLogs().stream().toList());
  }
}
