package cloudscan.aws.collect.ec2;

import cloudscan.core.fact.Direction;
import cloudscan.core.fact.NetworkRule;
import cloudscan.core.fact.Peer;
import cloudscan.core.fact.PortRange;
import cloudscan.core.fact.Protocol;
import cloudscan.core.fact.ResourceRef;
import cloudscan.core.fact.RuleAction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/** Security-group permissions and network-ACL entries as {@link NetworkRule}s. */
final class SecurityGroupRules {

  private SecurityGroupRules() { }

  static List<NetworkRule> of(ResourceRef ref, SecurityGroup g, PrefixLists lists) {
    List<NetworkRule> rules = new ArrayList<>();
    g.ipPermissions().forEach(p -> rules.add(rule(ref, g.groupId(), Direction.INBOUND, p, lists)));
    g.ipPermissionsEgress().forEach(p -> rules.add(rule(ref, g.groupId(), Direction.OUTBOUND, p, lists)));
    return rules;
  }

  private static NetworkRule rule(ResourceRef ref, String groupId, Direction dir, IpPermission p, PrefixLists lists) {
    Protocol protocol = Protocol.parse(p.ipProtocol());
    List<Peer> peers = new ArrayList<>();
    p.ipRanges().forEach(r -> peers.add(Peer.cidr(r.cidrIp())));
    p.ipv6Ranges().forEach(r -> peers.add(Peer.cidr(r.cidrIpv6())));
    // A prefix list is never "closed" by default: AWS-managed by its name, else resolved or unknown.
    p.prefixListIds().forEach(pl -> peers.add(lists.peer(pl.prefixListId())));
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

  static NetworkRule aclRule(ResourceRef ref, String aclId, NetworkAclEntry e) {
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
}
